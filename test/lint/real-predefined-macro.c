// REQUIRES: sysroot-glibc-x86_64, sysroot-glibc-i686, sysroot-musl-x86_64, sysroot-glibc-armhf
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
// CHECK:      config.h:10:1: error: the package defines '__x86_64__', a compiler macro (predefined only on the targets it describes), and the code decides by it: a configure result made for another machine? Run configure for each target, or do not define it [hstack-predefined-macro]
// CHECK-NEXT: config.h:10:1: note: affects glibc:i686; fine on glibc:x86_64, musl:x86_64
// CHECK-NEXT: config.h:10:1: note: glibc:i686: breaks: <gnu/stubs.h> line 12 `#if defined __x86_64__ && defined __ILP32__` tests it, then: gnu/stubs.h:13: 'gnu/stubs-x32.h' file not found [asnprintf.c:2 -> stdio.h:27 -> bits/libc-header-start.h:33 -> features.h:513 -> gnu/stubs.h:13]
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, glibc:i686, musl:x86_64); 1 finding (predefined-macro 1); {{.*}}
//
// The compiler agrees: only i686 fails, at that include.
// RUN: not %clang --target=i686-linux-gnu --sysroot=%sr{glibc:i686} -fsyntax-only -I. asnprintf.c 2>&1 | FileCheck %s --check-prefix=CLANG
// CLANG: gnu/stubs.h:13:11: fatal error: 'gnu/stubs-x32.h' file not found
// RUN: %clang --target=x86_64-linux-gnu --sysroot=%sr{glibc:x86_64} -fsyntax-only -I. asnprintf.c
//
// The package's own code decides by it too: on arm, `#if defined
// __x86_64__` takes the x86 branch, and the compiler's <cpuid.h> (whose
// own "for x86 only" #error the same macro turns off) fails with x86 asm,
// as does the package's rdtsc below. One finding, no compile-error.
// RUN: not %hstack lint --target glibc:x86_64 --target glibc:armhf \
// RUN:   --no-host-deps cpu.c -- -I. | FileCheck %s --check-prefix=ARM --match-full-lines
// ARM:      config.h:10:1: error: the package defines '__x86_64__'{{.*}} [hstack-predefined-macro]
// ARM-NEXT: config.h:10:1: note: affects glibc:armhf; fine on glibc:x86_64
// ARM-NEXT: config.h:10:1: note: glibc:armhf: breaks: cpu.c line 4 `#if defined __x86_64__` tests it, then: cpuid.h:{{[0-9]+}}: invalid output constraint '=a' in asm [cpu.c:5 -> cpuid.h:{{[0-9]+}}]
// ARM-NEXT: hstack: 1 file, 2 targets (glibc:x86_64, glibc:armhf); 1 finding (predefined-macro 1); {{.*}}
// RUN: not %clang --target=arm-linux-gnueabihf --sysroot=%sr{glibc:armhf} -fsyntax-only -I. cpu.c 2>&1 | FileCheck %s --check-prefix=CLANGARM
// CLANGARM: cpuid.h:{{[0-9]+}}:{{[0-9]+}}: error: invalid output constraint '=a' in asm
// CLANGARM: cpu.c:12:{{[0-9]+}}: error: invalid output constraint '=a' in asm

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
//--- cpu.c
#include "config.h"
#include <stdio.h>

#if defined __x86_64__
# include <cpuid.h>
static int has_sse(void) { unsigned a, b, c, d; __cpuid(1, a, b, c, d); return (d >> 25) & 1; }
#else
static int has_sse(void) { return 0; }
#endif

#if defined __x86_64__
static unsigned long rdtsc(void) { unsigned lo, hi; __asm__ volatile ("rdtsc" : "=a"(lo), "=d"(hi)); return ((unsigned long)hi << 32) | lo; }
#endif

int main(void) { return printf("%d\n", has_sse()) < 0; }
