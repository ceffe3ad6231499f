// A top-level header (or --from header) that does not exist on the target:
// exit 2 and one `hstack: error:` line naming the header and the target.
// (The tree output still has a heading for that target, with the error.)
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu nosuch.h \
// RUN:   > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err --match-full-lines
// CHECK: hstack: error: header 'nosuch.h' not found on target glibc-2.36:x86_64
//
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from sys/nosuch.h abs \
// RUN:   > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=WHY --input-file %t/err2 --match-full-lines
// WHY: hstack: error: header 'sys/nosuch.h' not found on target glibc-2.36:x86_64

//--- root/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
