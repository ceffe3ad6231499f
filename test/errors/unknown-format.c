// An unknown --format: exit 2, nothing on stdout, one `hstack: error:` line
// naming the format and the ones the subcommand accepts (why has no dot).
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --format xml stdio.h \
// RUN:   > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err --match-full-lines
// CHECK: hstack: error: unknown --format 'xml' (expected text|json|dot)
//
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --format dot --from stdio.h abs \
// RUN:   > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=WHY --input-file %t/err2 --match-full-lines
// WHY: hstack: error: unknown --format 'dot' (expected text|json)
//
// Case matters.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --format JSON stdio.h \
// RUN:   > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=UPPER --input-file %t/err3 --match-full-lines
// UPPER: hstack: error: unknown --format 'JSON' (expected text|json|dot)

//--- root/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
