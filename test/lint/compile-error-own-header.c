// compile-error vs environment: an error inside the package's own header
// (src/local.h, included with quotes from next to the source) is the
// package's problem, a compile-error. "environment" is for a missing
// third-party header or a failure inside one (the dependency headers: the
// host's /usr/include overlay or --deps-sysroot); the package's own header
// is neither, and must not be counted as an environment problem.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/main.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK:     {{src/main.c:2:1|src/local.h:1:14}}: error: {{.*}} [hstack-compile-error]
// CHECK-NOT: [hstack-environment]
// CHECK:     hstack: 1 file, 1 target (glibc-2.36:x86_64); 1 finding (compile-error 1); 0 environment problems;

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
int puts(const char *);
//--- src/main.c
#include <stdio.h>
#include "local.h"
int main(void) { return 0; }
//--- src/local.h
int broken = ;
