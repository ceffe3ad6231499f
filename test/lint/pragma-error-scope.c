// Captures run with -w (no check reads a warning, and Clang skips the
// analyses that only feed warnings), but a `#pragma GCC diagnostic error`
// makes some warnings errors, and -w alone would silence those too. The
// pragma's scope must be the compiler's: a deprecated call before the
// pragma is a warning, one after it an error, and an `error` undone by
// `pop` makes nothing an error.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu --no-host-deps \
// RUN:   after.c popped.c -- > out.txt
// RUN: FileCheck %s --input-file out.txt
// RUN: %clang -fsyntax-only --sysroot=%t/a -nostdinc -isystem %t/a/usr/include popped.c
// RUN: not %clang -fsyntax-only --sysroot=%t/a -nostdinc -isystem %t/a/usr/include after.c 2> cc.txt
// RUN: FileCheck %s --check-prefix=CC --input-file cc.txt
// CHECK-NOT: popped.c
// CHECK-NOT: after.c:3:
// CHECK:     after.c:9:{{[0-9]+}}: error: {{.*}}'puts' is deprecated
// CHECK-NOT: popped.c
// CHECK-NOT: after.c:3:
// CC-NOT: after.c:3:{{.*}}error
// CC: after.c:9:{{.*}}error: 'puts' is deprecated

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H
int puts(const char *) __attribute__((__deprecated__));
#endif
//--- after.c
#include <stdio.h>

int early(void) { return puts("warned, not failed"); }
#pragma GCC diagnostic error "-Wdeprecated-declarations"
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic pop

int late(void) { return puts("fails"); }
//--- popped.c
#include <stdio.h>
#pragma GCC diagnostic push
#pragma GCC diagnostic error "-Wdeprecated-declarations"
#pragma GCC diagnostic pop

int main(void) { return puts("warned"); }
