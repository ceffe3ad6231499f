// REQUIRES: sysroot-glibc-x86_64, sysroot-glibc-i686, sysroot-musl-x86_64
//
// grep 3.8's config.h, made by configure on an x86_64 host, carries
// gnulib's "CPU and C ABI indicator": `#ifndef __x86_64__ / #define
// __x86_64__ 1`. On glibc:i686 (where clang predefines __ILP32__ and not
// __x86_64__) glibc 2.36's <gnu/stubs.h> then takes its x32 branch and
// wants <gnu/stubs-x32.h>, which the i686 sysroot does not have: every
// file of grep fails there, and hstack said "fails to compile for a
// reason no check explains" for each. Now one predefined-macro finding
// at the #define; nothing on x86_64 (the guard skips it) or musl.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target glibc:i686 --target musl:x86_64 \
// RUN:   --no-host-deps asnprintf.c -- -I. | FileCheck %s --match-full-lines
// CHECK:      config.h:10:1: error: the package defines '__x86_64__', a compiler macro (predefined only on the targets it describes), and a libc header decides by it: a configure result made for another machine? Run configure for each target, or do not define it [hstack-predefined-macro]
// CHECK-NEXT: config.h:10:1: note: affects glibc:i686; fine on glibc:x86_64, musl:x86_64
// CHECK-NEXT: config.h:10:1: note: glibc:i686: breaks: <gnu/stubs.h> line 12 `#if defined __x86_64__ && defined __ILP32__` tests it, then: gnu/stubs.h:13: 'gnu/stubs-x32.h' file not found [asnprintf.c:2 -> stdio.h:27 -> bits/libc-header-start.h:33 -> features.h:513 -> gnu/stubs.h:13]
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, glibc:i686, musl:x86_64); 1 finding (predefined-macro 1); {{.*}}
//
// The compiler agrees: only i686 fails, at that include.
// RUN: not %clang --target=i686-linux-gnu --sysroot=%sr{glibc:i686} -fsyntax-only -I. asnprintf.c 2>&1 | FileCheck %s --check-prefix=CLANG
// CLANG: gnu/stubs.h:13:11: fatal error: 'gnu/stubs-x32.h' file not found
// RUN: %clang --target=x86_64-linux-gnu --sysroot=%sr{glibc:x86_64} -fsyntax-only -I. asnprintf.c

//--- config.h
/* config.h.  Generated from config.hin by configure.  */
/* CPU and C ABI indicator */
#ifndef __i386__
/* #undef __i386__ */
#endif
#ifndef __x86_64_x32__
/* #undef __x86_64_x32__ */
#endif
#ifndef __x86_64__
#define __x86_64__ 1
#endif
//--- asnprintf.c
#include "config.h"
#include <stdio.h>

int main(void) { return printf("x\n") < 0; }
