// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// cdrtools' readcd.c: a variable named clone. With _GNU_SOURCE, <sched.h>
// declares clone() on glibc (bits/sched.h), musl (sched.h) and uClibc-ng
// (bits/sched.h): the collision breaks on every target, so it is not a
// portability problem but a plain bug in the file, and says so.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps readcd.c -- | FileCheck %s --match-full-lines
// CHECK:      readcd.c:4:1: error: 'clone' is also declared by libc headers this file includes; rename it (on every target) [hstack-identifier-collision]
// CHECK-NEXT: readcd.c:4:1: note: glibc:x86_64: breaks: function 'clone' is declared by <bits/sched.h>:{{[0-9]+}}: extern int clone ({{.*}}) __THROW [readcd.c:2 -> sched.h:{{[0-9]+}} -> bits/sched.h:{{[0-9]+}}]
// CHECK-NEXT: readcd.c:4:1: note: musl:x86_64: breaks: function 'clone' is declared by <sched.h>:{{[0-9]+}}: int clone ({{.*}}) [readcd.c:2 -> sched.h:{{[0-9]+}}]
// CHECK-NEXT: readcd.c:4:1: note: uclibc-ng:x86_64: breaks: function 'clone' is declared by <bits/sched.h>:{{[0-9]+}}: extern int clone ({{.*}}) __THROW [readcd.c:2 -> sched.h:{{[0-9]+}} -> bits/sched.h:{{[0-9]+}}]
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (identifier-collision 1); {{.*}}
//
// RUN: not %hstack lint --format json --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps readcd.c -- | FileCheck %s --check-prefix=JSON
// JSON:      "check": "identifier-collision",
// JSON:      "name": "clone",
// JSON:      "breaks": true,
// JSON-NEXT: "portability_specific": false,
// JSON-NEXT: "environment": false,
// JSON-NEXT: "targets_affected": [
// JSON-NEXT:   "glibc:x86_64",
// JSON-NEXT:   "musl:x86_64",
// JSON-NEXT:   "uclibc-ng:x86_64"
// JSON-NEXT: ],
// JSON-NEXT: "targets_ok": [],
// JSON:      "context": "int clone;"
//
// Without _GNU_SOURCE no libc declares clone(): nothing to report.
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps plain.c -- | FileCheck %s --check-prefix=PLAIN
// PLAIN-NOT: [hstack-
// PLAIN:     hstack: 1 file, 3 targets ({{.*}}); 0 findings;

//--- readcd.c
#define _GNU_SOURCE
#include <sched.h>

int clone;
//--- plain.c
#include <sched.h>

int clone;
