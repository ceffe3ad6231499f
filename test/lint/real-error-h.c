// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// <error.h> and error() are GNU extensions that glibc and uClibc-ng
// (UCLIBC_HAS_GNU_ERROR=y) have and musl does not, and no package supplies
// them there (rules/libraries.yaml: provider none): unavailable-api, on
// musl only.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps errors.c -- | FileCheck %s --match-full-lines
// CHECK:      errors.c:1:1: error: <error.h> does not exist on musl:x86_64 [hstack-unavailable-api]
// CHECK-NEXT: errors.c:1:1: note: affects musl:x86_64; fine on glibc:x86_64, uclibc-ng:x86_64
// CHECK-NEXT: errors.c:1:1: note: musl:x86_64: breaks: <error.h> does not exist on musl:x86_64
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (unavailable-api 1); {{.*}}
//
// RUN: not %hstack lint --format json --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps errors.c -- | FileCheck %s --check-prefix=JSON
// JSON:      "check": "unavailable-api",
// JSON:      "name": "error.h",
// JSON:      "breaks": true,
// JSON-NEXT: "portability_specific": true,
// JSON-NEXT: "environment": false,
// JSON-NEXT: "targets_affected": [
// JSON-NEXT:   "musl:x86_64"
// JSON-NEXT: ],
//
// error() declared by hand (no <error.h>) compiles everywhere; whether it
// links is not a header question.
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps own.c -- | FileCheck %s --check-prefix=OWN
// OWN-NOT: error:
// OWN:     hstack: 1 file, 3 targets

//--- errors.c
#include <error.h>
#include <errno.h>

void fail(const char *what) { error(1, errno, "%s", what); }
//--- own.c
#include <errno.h>
void error(int status, int errnum, const char *format, ...);
void fail(const char *what) { error(1, errno, "%s", what); }
