// --sysroot naming a directory that does not exist (or a file): exit 2,
// nothing on stdout, one `hstack: error:` line naming the directory.
//
// RUN: rm -rf %t && mkdir -p %t && touch %t/a-file
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/nope --triple x86_64-linux-gnu stdio.h \
// RUN:   > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err --match-full-lines -DT=%t
// CHECK: hstack: error: [[T]]/nope: sysroot directory does not exist
//
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/a-file --triple x86_64-linux-gnu stdio.h \
// RUN:   > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=FILE --input-file %t/err2 -DT=%t
// FILE: hstack: error: [[T]]/a-file: {{.*}}
