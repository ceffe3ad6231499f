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
//
// The same in a package header (strace 6.1's src/defs.h), followed by a
// two-argument use through the package's own macro: the header's line is
// static_assert's finding (it was a compile-error, "expected ')'"), and
// the call to the function uClibc-ng then believes in is its consequence.
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps uses.c -- -std=gnu17 -I. | FileCheck %s --check-prefix=HDR --match-full-lines
// HDR:      defs.h:4:1: error: 'static_assert' is not available on uclibc-ng:x86_64 [hstack-unavailable-api]
// HDR-NEXT: defs.h:4:1: note: affects uclibc-ng:x86_64; fine on glibc:x86_64, musl:x86_64
// HDR-NEXT: defs.h:4:1: note: uclibc-ng:x86_64: breaks: uclibc-ng 1.0.35 does not declare 'static_assert' (expected ')')
// HDR-NEXT: defs.h:4:1: note: glibc:x86_64: declared here [uses.c:1 -> defs.h:1 -> assert.h:143]
// HDR-NEXT: defs.h:4:1: note: musl:x86_64: declared here [uses.c:1 -> defs.h:1 -> assert.h:12]
// HDR-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (unavailable-api 1); {{.*}}
//
// RUN: %clang --target=x86_64-linux-musl --sysroot=%sysroots/musl-x86_64 -fsyntax-only -std=gnu17 localeinfo.c
// RUN: not %clang --target=x86_64-linux-gnu --sysroot=%sysroots/uclibc-ng-x86_64 -fsyntax-only -std=gnu17 localeinfo.c

//--- localeinfo.c
#include <assert.h>
#include <limits.h>

/* The sbclen implementation relies on this.  */
static_assert (MB_LEN_MAX <= SCHAR_MAX);
//--- defs.h
#include <assert.h>
#define NUM_HEXSTR_OPTS 3
#define QUOTE_HEXSTR_MASK (0x3 << 8)
static_assert((NUM_HEXSTR_OPTS - 1) <= (QUOTE_HEXSTR_MASK >> 8),
	      "xflag options do not fit into QUOTE_HEXSTR_MASK");
#define CHECK_TYPE_SIZE(x, n) static_assert(sizeof(x) == (n), "sizeof " #x)
//--- uses.c
#include "defs.h"

int restriction(int *r)
{
	CHECK_TYPE_SIZE(*r, 4);
	return *r;
}
