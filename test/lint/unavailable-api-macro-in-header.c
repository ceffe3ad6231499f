// A libc macro the package spells in its own header, where another libc
// lacks it, and what follows from that failure (strace 6.1 on uClibc-ng
// 1.0.35, whose <assert.h> has no static_assert):
//  - `static_assert ((X - 1) <= Y, "...");` in the package's defs.h reads
//    as a declaration of a function static_assert there, and fails at the
//    expression ("expected ')'"). That declaration is the failure, not a
//    libc declaration that makes the name something else: unavailable-api
//    names static_assert in defs.h (it was a compile-error).
//  - Later two-argument uses (here through the package's own macro CHECK)
//    call that bogus function: "too many arguments to function call",
//    with a note pointing at the failed line. A consequence, not a second
//    failure: no compile-error.
//  - More than 20 errors: clang's "too many errors emitted, stopping now"
//    says only that the earlier errors were many; it is no failure of its
//    own (it became the file's compile-error once all others were
//    explained).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps main.c many.c -- -I. > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK-NOT: hstack-compile-error
// CHECK:     defs.h:4:1: error: 'static_assert' is not available on uclibc-ng-1.0.35:x86_64 [hstack-unavailable-api]
// CHECK:     defs.h:4:1: note: uclibc-ng-1.0.35:x86_64: breaks: uclibc-ng 1.0.35 does not declare 'static_assert' (expected ')')
// CHECK-NOT: hstack-compile-error
// CHECK:     many.c:2:1: error: 'static_assert' is not available on uclibc-ng-1.0.35:x86_64 [hstack-unavailable-api]
// CHECK-NOT: hstack-compile-error
// CHECK:     hstack: 2 files, 2 targets ({{.*}}); 2 findings (unavailable-api 2);

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/assert.h
#define static_assert _Static_assert
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- u/usr/include/assert.h
#define assert(e) ((void)0)
//--- defs.h
#include <assert.h>
#define NUM_OPTS 3
#define MASK (0x3 << 8)
static_assert ((NUM_OPTS - 1) <= (MASK >> 8),
	       "options do not fit into MASK");
#define CHECK(x) static_assert (sizeof (x) == 4, "size of " #x)
//--- main.c
#include "defs.h"

int f(void)
{
	int r = 0;
	CHECK(r);
	return r;
}
//--- many.c
#include <assert.h>
static_assert (1 > 0, "line 1");
static_assert (2 > 0, "line 2");
static_assert (3 > 0, "line 3");
static_assert (4 > 0, "line 4");
static_assert (5 > 0, "line 5");
static_assert (6 > 0, "line 6");
static_assert (7 > 0, "line 7");
static_assert (8 > 0, "line 8");
static_assert (9 > 0, "line 9");
static_assert (10 > 0, "line 10");
static_assert (11 > 0, "line 11");
static_assert (12 > 0, "line 12");
static_assert (13 > 0, "line 13");
static_assert (14 > 0, "line 14");
static_assert (15 > 0, "line 15");
static_assert (16 > 0, "line 16");
static_assert (17 > 0, "line 17");
static_assert (18 > 0, "line 18");
static_assert (19 > 0, "line 19");
static_assert (20 > 0, "line 20");
static_assert (21 > 0, "line 21");
static_assert (22 > 0, "line 22");
static_assert (23 > 0, "line 23");
static_assert (24 > 0, "line 24");
static_assert (25 > 0, "line 25");
