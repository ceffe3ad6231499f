// --triple with an architecture clang does not know: exit 2, nothing on
// stdout, one `hstack: error:` line naming the triple and the sysroot.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple nosuch-linux-gnu stdio.h \
// RUN:   > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err --match-full-lines -DT=%t
// CHECK: hstack: error: unknown architecture in triple 'nosuch-linux-gnu' (for sysroot [[T]]/root)

//--- root/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
