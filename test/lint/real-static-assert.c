// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// sed 4.9's lib/localeinfo.c (gnulib): `static_assert (MB_LEN_MAX <=
// SCHAR_MAX);` in C17. glibc 2.36 and musl 1.2.3 define static_assert in
// <assert.h>; uClibc-ng 1.0.35 does not, so clang reads an old-style
// declaration and fails at the 16 that MB_LEN_MAX brings. One finding,
// static_assert's; MB_LEN_MAX is the libc's macro used as meant (it
// expands on the same line on glibc and musl, which compile it), not a
// name of the file's own that collides.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps localeinfo.c -- -std=gnu17 | FileCheck %s --match-full-lines
// CHECK:      localeinfo.c:5:1: error: 'static_assert' is not available on uclibc-ng:x86_64 [hstack-unavailable-api]
// CHECK-NEXT: localeinfo.c:5:1: note: affects uclibc-ng:x86_64; fine on glibc:x86_64, musl:x86_64
// CHECK-NEXT: localeinfo.c:5:1: note: uclibc-ng:x86_64: breaks: uclibc-ng 1.0.35 does not declare 'static_assert' (expected parameter declarator)
// CHECK-NEXT: localeinfo.c:5:1: note: glibc:x86_64: declared here [localeinfo.c:1 -> assert.h:143]
// CHECK-NEXT: localeinfo.c:5:1: note: musl:x86_64: declared here [localeinfo.c:1 -> assert.h:12]
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (unavailable-api 1); {{.*}}
//
// RUN: %clang --target=x86_64-linux-musl --sysroot=%sysroots/musl-x86_64 -fsyntax-only -std=gnu17 localeinfo.c
// RUN: not %clang --target=x86_64-linux-gnu --sysroot=%sysroots/uclibc-ng-x86_64 -fsyntax-only -std=gnu17 localeinfo.c

//--- localeinfo.c
#include <assert.h>
#include <limits.h>

/* The sbclen implementation relies on this.  */
static_assert (MB_LEN_MAX <= SCHAR_MAX);
