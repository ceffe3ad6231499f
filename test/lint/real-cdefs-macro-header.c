// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// cdrkit's genisoimage/sha256.h on musl: a package header spells glibc's
// <sys/cdefs.h> macro __THROW after its prototypes. glibc 2.36 and
// uClibc-ng 1.0.35 define it (through <stdio.h> -> <features.h>); musl
// 1.2.3 has no <sys/cdefs.h>, so each prototype there fails with "expected
// function body after function declarator", an error that names nothing.
// hstack blames the macro where the error is (a line other targets expand
// it on), counts the second prototype's error as the same failure, and
// does not report the calls to the prototypes that failed to parse
// (undeclared on musl because of it) as a failure of their own.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps sum.c -- > %t/out; echo "exit=$?" >> %t/out
// RUN: FileCheck %s --input-file %t/out --match-full-lines
// CHECK:      sum.h:4:41: error: '__THROW' is not available on musl:x86_64 [hstack-unavailable-api]
// CHECK-NEXT: sum.h:4:41: note: affects musl:x86_64; fine on glibc:x86_64, uclibc-ng:x86_64
// CHECK-NEXT: sum.h:4:41: note: musl:x86_64: breaks: musl 1.2.3 does not declare '__THROW' (expected function body after function declarator)
// CHECK-NEXT: sum.h:4:41: note: glibc:x86_64: declared here [sum.c:1 -> sum.h:2 -> stdio.h:{{[0-9]+}} -> bits/libc-header-start.h:{{[0-9]+}} -> features.h:{{[0-9]+}} -> sys/cdefs.h:{{[0-9]+}}]
// CHECK-NEXT: sum.h:4:41: note: uclibc-ng:x86_64: declared here [sum.c:1 -> sum.h:2 -> stdio.h:{{[0-9]+}} -> features.h:{{[0-9]+}} -> sys/cdefs.h:{{[0-9]+}}]
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (unavailable-api 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
// CHECK-NEXT: exit=1

//--- sum.h
/* Prototypes in the style of glibc's own headers. */
#include <stdio.h>
struct sum_ctx { unsigned long s; };
extern void sum_init (struct sum_ctx *) __THROW;
extern void sum_bytes (const void *buf, size_t len,
                       struct sum_ctx *ctx) __THROW;

//--- sum.c
#include "sum.h"
unsigned long total(const char *s, size_t n) {
  struct sum_ctx c;
  sum_init(&c);
  sum_bytes(s, n, &c);
  return c.s;
}
