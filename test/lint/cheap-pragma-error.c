// --cheap proves a target like its lead by comparing declarations, not the
// warnings they draw. A package that makes a warning an error with
// `#pragma GCC diagnostic error` (here in its own header) fails on the libc
// whose puts() is deprecated and compiles on the other: such a file is
// never proved, and both modes report the same failure.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --format json --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu --no-host-deps hi.c -- > exact.json
// RUN: not %hstack lint --format json --cheap --stats --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu --no-host-deps hi.c -- \
// RUN:   > cheap.json 2> stats.txt
// RUN: cmp exact.json cheap.json
// RUN: FileCheck %s --input-file exact.json
// RUN: FileCheck %s --check-prefix=STATS --input-file stats.txt
// CHECK:      "breaks_on": [
// CHECK-NEXT:   "uclibc-ng-1..:x86_64"
// CHECK-NEXT: ]
// CHECK:      "check": "compile-error",
// STATS: 0 proved by preprocessing
// STATS: 1  the package makes warnings errors (#pragma ... diagnostic error)

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H
#include <features.h>
int puts(const char *);
#endif
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
//--- b/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H
#include <features.h>
int puts(const char *) __attribute__((__deprecated__));
#endif
//--- strict.h
#pragma GCC diagnostic error "-Wdeprecated-declarations"
//--- hi.c
#include "strict.h"
#include <stdio.h>

int main(void) {
  puts("hi");
  return 0;
}
