// REQUIRES: sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// The --cheap guard for warnings made errors, on real headers. Under
// -std=gnu99 musl declares gets() plainly and uClibc-ng marks it
// deprecated; with `#pragma GCC diagnostic error
// "-Wdeprecated-declarations"` the file compiles on musl (the lead: the
// first target of the x86_64 data model) and fails on uClibc-ng. A proof
// compares declarations, not the warnings they draw, so uClibc-ng must be
// parsed in full, and both modes must report the failure identically.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --format json --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps line.c -- -std=gnu99 > exact.json
// RUN: not %hstack lint --format json --cheap --stats --target musl:x86_64 \
// RUN:   --target uclibc-ng:x86_64 --no-host-deps line.c -- -std=gnu99 \
// RUN:   > cheap.json 2> stats.txt
// RUN: cmp exact.json cheap.json
// RUN: FileCheck %s --input-file exact.json
// RUN: FileCheck %s --check-prefix=STATS --input-file stats.txt
// CHECK:      "breaks_on": [
// CHECK-NEXT:   "uclibc-ng:x86_64"
// CHECK-NEXT: ]
// CHECK:      'gets' is deprecated
// STATS: 0 proved by preprocessing
// STATS: 1  the package makes warnings errors (#pragma ... diagnostic error)

//--- line.c
#pragma GCC diagnostic error "-Wdeprecated-declarations"
#include <stdio.h>

char *line(char *buf) { return gets(buf); }
