// A user's own sysroot becomes a target named after the libc it holds.
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack targets --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu | FileCheck %s
// CHECK: TARGET
// CHECK-NEXT: uclibc-0.9.33:x86_64 uclibc 0.9.33 x86_64 - x86_64-linux-gnu
//--- root/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 0
#define __UCLIBC_MINOR__ 9
#define __UCLIBC_SUBLEVEL__ 33
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 2
