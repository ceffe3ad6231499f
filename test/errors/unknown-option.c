// An unknown option or subcommand: exit 2, nothing on stdout, and exactly
// one line on stderr, in hstack's usual `hstack: error:` form, naming the
// offending argument.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %hstack tree --frobnicate stdio.h > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err
// CHECK: {{^}}hstack: error: {{.*}}'--frobnicate'
//
// RUN: %hstack frobnicate > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=SUB --input-file %t/err2
// SUB: {{^}}hstack: error: {{.*}}'frobnicate'
