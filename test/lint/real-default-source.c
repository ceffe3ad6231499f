// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// A build that asks for POSIX 2008 alone (ethtool 6.1's
// -D_POSIX_C_SOURCE=200809L) turns off the libcs' default BSD/SVID names:
// musl 1.2.3 then hides u_int32_t (sys/types.h: _BSD_SOURCE), uClibc-ng
// 1.0.35 strdup (string.h: SVID/BSD/XOPEN_EXTENDED, not POSIX 2008).
// -D_DEFAULT_SOURCE brings both back (checked with clang on both
// sysroots), so that is the advice, not _GNU_SOURCE.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps types.c -- -D_POSIX_C_SOURCE=200809L | FileCheck %s --match-full-lines
// CHECK:      types.c:4:1: error: 'u_int32_t' is declared on musl:x86_64 only with _DEFAULT_SOURCE [hstack-unavailable-api]
// CHECK-NEXT: types.c:4:1: note: affects musl:x86_64; fine on glibc:x86_64, uclibc-ng:x86_64
// CHECK-NEXT: types.c:4:1: note: musl:x86_64: breaks: 'u_int32_t' is declared in <sys/types.h> only with _DEFAULT_SOURCE, which the file's -D_POSIX_C_SOURCE=200809L turns off
// CHECK:      types.c:5:36: error: 'strdup' is declared on uclibc-ng:x86_64 only with _DEFAULT_SOURCE [hstack-unavailable-api]
// CHECK-NEXT: types.c:5:36: note: affects uclibc-ng:x86_64; fine on glibc:x86_64, musl:x86_64
// CHECK-NEXT: types.c:5:36: note: uclibc-ng:x86_64: breaks: 'strdup' is declared in <string.h> only with _DEFAULT_SOURCE, which the file's -D_POSIX_C_SOURCE=200809L turns off
//
// With _DEFAULT_SOURCE added, all three compile.
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps types.c -- -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE | FileCheck %s --check-prefix=FIXED
// FIXED: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 0 findings; {{.*}}

//--- types.c
#include <sys/types.h>
#include <string.h>

u_int32_t flags;
char *copy(const char *s) { return strdup(s); }
