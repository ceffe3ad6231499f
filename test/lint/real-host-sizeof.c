// REQUIRES: sysroot-glibc-x86_64, sysroot-glibc-armhf, sysroot-musl-armhf, sysroot-uclibc-ng-arm
//
// host-sizeof on the real headers. config.h as configure writes it on an
// x86_64 build host (SIZEOF_LONG 8, SIZEOF_OFF_T 8, SIZEOF_TIME_T 8), and
// rsync's way of picking its int64 (`#elif SIZEOF_LONG == 8 / # define
// int64 long`) and of checking it (rounding.c). Each size is measured on
// each target's own headers and mode:
//  - long is 4 bytes on every arm target: the check fails there, one
//    error at the #define and no compile-error;
//  - time_t is 8 bytes on musl 1.2 (time64) but 4 on glibc 2.36 and
//    uClibc-ng arm, off_t the same without _FILE_OFFSET_BITS=64;
//  - with -D_FILE_OFFSET_BITS=64, off_t is 8 everywhere: no finding.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target glibc:armhf --target musl:armhf \
// RUN:   --target uclibc-ng:arm --no-host-deps probe.c -- -I. > %t/out
// RUN: FileCheck %s --input-file %t/out --match-full-lines
// CHECK:      config.h:3:1: error: 'SIZEOF_LONG' is 8: configure measured 'long' on the build host, and it has another size on some targets; run configure for each target, or use sizeof [hstack-host-sizeof]
// CHECK-NEXT: config.h:3:1: note: affects glibc:armhf, musl:armhf, uclibc-ng:arm; fine on glibc:x86_64
// CHECK-NEXT: config.h:3:1: note: glibc:armhf: breaks: 'long' is 4 bytes here, not 8; pkg.h:1 `#if SIZEOF_LONG == 8` declares 'int64'; then: probe.c:6: 'int64_is_8' declared as an array with a negative size [probe.c:6]
// CHECK-NEXT: config.h:3:1: note: musl:armhf: breaks: 'long' is 4 bytes here, not 8; pkg.h:1 `#if SIZEOF_LONG == 8` declares 'int64'; then: probe.c:6: 'int64_is_8' declared as an array with a negative size [probe.c:6]
// CHECK-NEXT: config.h:3:1: note: uclibc-ng:arm: breaks: 'long' is 4 bytes here, not 8; pkg.h:1 `#if SIZEOF_LONG == 8` declares 'int64'; then: probe.c:6: 'int64_is_8' declared as an array with a negative size [probe.c:6]
// CHECK-NEXT: config.h:5:1: warning: 'SIZEOF_OFF_T' is 8: configure measured 'off_t' on the build host, and it has another size on some targets; run configure for each target, or use sizeof [hstack-host-sizeof]
// CHECK-NEXT: config.h:5:1: note: affects glibc:armhf, uclibc-ng:arm; fine on glibc:x86_64, musl:armhf
// CHECK-NEXT: config.h:5:1: note: glibc:armhf: 'off_t' is 4 bytes here, not 8; the file decides by it: `#if SIZEOF_OFF_T == 8` [probe.c:4 -> pkg.h:6]
// CHECK-NEXT: config.h:5:1: note: uclibc-ng:arm: 'off_t' is 4 bytes here, not 8; the file decides by it: `#if SIZEOF_OFF_T == 8` [probe.c:4 -> pkg.h:6]
// CHECK-NEXT: config.h:6:1: warning: 'SIZEOF_TIME_T' is 8: configure measured 'time_t' on the build host, and it has another size on some targets; run configure for each target, or use sizeof [hstack-host-sizeof]
// CHECK-NEXT: config.h:6:1: note: affects glibc:armhf, uclibc-ng:arm; fine on glibc:x86_64, musl:armhf
// CHECK-NEXT: config.h:6:1: note: glibc:armhf: 'time_t' is 4 bytes here, not 8; the file decides by it: `#if SIZEOF_TIME_T < 8` [probe.c:4 -> pkg.h:11]
// CHECK-NEXT: config.h:6:1: note: uclibc-ng:arm: 'time_t' is 4 bytes here, not 8; the file decides by it: `#if SIZEOF_TIME_T < 8` [probe.c:4 -> pkg.h:11]
// CHECK-NEXT: hstack: 1 file, 4 targets (glibc:x86_64, glibc:armhf, musl:armhf, uclibc-ng:arm); 3 findings (host-sizeof 3); {{.*}}
//
// The same with --cheap.
// RUN: not %hstack lint --cheap --target glibc:x86_64 --target glibc:armhf --target musl:armhf \
// RUN:   --target uclibc-ng:arm --no-host-deps probe.c -- -I. | diff %t/out -
//
// Large files: off_t is 8 bytes on every target, the claim holds.
// RUN: not %hstack lint --target glibc:x86_64 --target glibc:armhf --target musl:armhf \
// RUN:   --target uclibc-ng:arm --no-host-deps probe.c -- -I. -D_FILE_OFFSET_BITS=64 \
// RUN:   | FileCheck %s --check-prefix=LFS
// LFS-NOT: SIZEOF_OFF_T
// LFS:     hstack: 1 file, 4 targets ({{.*}}); 2 findings (host-sizeof 2);
//
// The compiler agrees: the check fails on each arm target only.
// RUN: %clang --target=x86_64-linux-gnu --sysroot=%sr{glibc:x86_64} -fsyntax-only -I. probe.c
// RUN: not %clang --target=arm-linux-gnueabihf --sysroot=%sr{glibc:armhf} -fsyntax-only -I. probe.c 2>&1 | FileCheck %s --check-prefix=CLANG
// RUN: not %clang --target=arm-linux-musleabihf --sysroot=%sr{musl:armhf} -fsyntax-only -I. probe.c 2>&1 | FileCheck %s --check-prefix=CLANG
// RUN: not %clang --target=arm-linux-gnueabi --sysroot=%sr{uclibc-ng:arm} -fsyntax-only -I. probe.c 2>&1 | FileCheck %s --check-prefix=CLANG
// CLANG: probe.c:6:24: error: 'int64_is_8' declared as an array with a negative size

//--- config.h
/* config.h, as configure wrote it on an x86_64 build host. */
#define SIZEOF_INT 4
#define SIZEOF_LONG 8
#define SIZEOF_LONG_LONG 8
#define SIZEOF_OFF_T 8
#define SIZEOF_TIME_T 8
//--- pkg.h
#if SIZEOF_LONG == 8
# define int64 long
#elif SIZEOF_LONG_LONG == 8
# define int64 long long
#endif
#if SIZEOF_OFF_T == 8
# define OFF_FMT "%lld"
#else
# define OFF_FMT "%ld"
#endif
#if SIZEOF_TIME_T < 8
# define Y2038_UNSAFE 1
#endif
//--- probe.c
#include "config.h"
#include <sys/types.h>
#include <time.h>
#include "pkg.h"
/* rsync's rounding.c checks its int64 the same way. */
static char int64_is_8[sizeof (int64) == 8 ? 1 : -1];
char *first(void) { return int64_is_8; }
