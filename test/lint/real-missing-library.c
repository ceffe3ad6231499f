// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// <execinfo.h> (backtrace) and <argp.h> (argp_parse) are part of glibc; on
// musl and uClibc-ng (as provisioned) they come from separate packages,
// libexecinfo and argp-standalone, with -lexecinfo and -largp
// (rules/libraries.yaml).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps trace.c cli.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK:      cli.c:1:1: error: <argp.h> comes from a separate package on musl:x86_64 and uclibc-ng:x86_64 [hstack-missing-library]
// CHECK-NEXT: cli.c:1:1: note: affects musl:x86_64, uclibc-ng:x86_64; fine on glibc:x86_64
// CHECK-NEXT: cli.c:1:1: note: musl:x86_64: breaks: <argp.h> is not part of musl; install argp-standalone, link with -largp; {{.*}}
// CHECK-NEXT: cli.c:1:1: note: uclibc-ng:x86_64: breaks: <argp.h> is not part of uclibc-ng; install argp-standalone, link with -largp; {{.*}}
// CHECK:      trace.c:1:1: error: <execinfo.h> comes from a separate package on musl:x86_64 and uclibc-ng:x86_64 [hstack-missing-library]
// CHECK-NEXT: trace.c:1:1: note: affects musl:x86_64, uclibc-ng:x86_64; fine on glibc:x86_64
// CHECK-NEXT: trace.c:1:1: note: musl:x86_64: breaks: <execinfo.h> is not part of musl; install libexecinfo, link with -lexecinfo; {{.*}}
// CHECK-NEXT: trace.c:1:1: note: uclibc-ng:x86_64: breaks: <execinfo.h> is not part of uclibc-ng; install libexecinfo, link with -lexecinfo; {{.*}}
// CHECK:      hstack: 2 files, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 2 findings (missing-library 2); 0 environment problems;
//
// Neither is blamed on the libc as an unavailable API, nor left to
// compile-error.
// RUN: FileCheck %s --check-prefix=ONLY --input-file %t/out
// ONLY-NOT: [hstack-unavailable-api]
// ONLY-NOT: [hstack-compile-error]
//
// On glibc alone the files are clean.
// RUN: %hstack lint --target glibc:x86_64 --no-host-deps trace.c cli.c -- | FileCheck %s --check-prefix=GLIBC
// GLIBC-NOT: [hstack-
// GLIBC:     hstack: 2 files, 1 target (glibc:x86_64); 0 findings;

//--- trace.c
#include <execinfo.h>

int trace(void **buf) { return backtrace(buf, 16); }
//--- cli.c
#include <argp.h>

static struct argp parser = {0, 0, 0, "example"};

int parse(int argc, char **argv) { return argp_parse(&parser, argc, argv, 0, 0, 0); }
