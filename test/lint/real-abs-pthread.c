// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// The blog's abs() breakage, on the real headers (nas, texlive-core): a
// package-local abs() macro defined before <pthread.h>. On uClibc-ng 1.0.35
// pthread.h reaches stdlib.h (pthread.h -> sched.h -> bits/sched.h, uClibc
// commit 2e2dc998 "sched.h: include stdlib.h for malloc/free") and the macro
// mangles abs()'s prototype; glibc 2.36 and musl 1.2.3 never reach
// stdlib.h from pthread.h.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps compat.c -- > %t/out; echo "exit=$?" >> %t/out
// RUN: FileCheck %s --input-file %t/out --match-full-lines
// CHECK:      compat.c:1:1: error: 'abs' is also declared by libc headers this file includes; rename it [hstack-identifier-collision]
// CHECK-NEXT: compat.c:1:1: note: affects uclibc-ng:x86_64; fine on glibc:x86_64, musl:x86_64
// CHECK-NEXT: compat.c:1:1: note: uclibc-ng:x86_64: breaks: the macro 'abs' defined at line 1 expands inside <stdlib.h>:{{[0-9]+}} [compat.c:2 -> pthread.h:24 -> sched.h:34 -> bits/sched.h:116 -> stdlib.h:{{[0-9]+}}]
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (identifier-collision 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
// CHECK:      exit=1
//
// RUN: not %hstack lint --format json --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps compat.c -- | FileCheck %s --check-prefix=JSON
// JSON:      "check": "identifier-collision",
// JSON:      "name": "abs",
// JSON:      "breaks": true,
// JSON-NEXT: "portability_specific": true,
// JSON-NEXT: "environment": false,
// JSON-NEXT: "targets_affected": [
// JSON-NEXT:   "uclibc-ng:x86_64"
// JSON-NEXT: ],
// JSON-NEXT: "targets_ok": [
// JSON-NEXT:   "glibc:x86_64",
// JSON-NEXT:   "musl:x86_64"
// JSON-NEXT: ],
// JSON-NEXT: "per_target": [
// JSON-NEXT:   {
// JSON-NEXT:     "target": "uclibc-ng:x86_64",
// JSON-NEXT:     "breaks": true,
// JSON-NEXT:     "note": "the macro 'abs' defined at line 1 expands inside <stdlib.h>:{{[0-9]+}}",
// JSON-NEXT:     "chain": [
// JSON-NEXT:       "compat.c:2",
// JSON-NEXT:       "pthread.h:24",
// JSON-NEXT:       "sched.h:34",
// JSON-NEXT:       "bits/sched.h:116",
// JSON-NEXT:       "stdlib.h:{{[0-9]+}}"
// JSON-NEXT:     ]
// JSON-NEXT:   }
// JSON-NEXT: ],
//
// The same macro after the include is harmless on every target: nothing
// breaks, so no error (a warning at most).
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps after.c -- | FileCheck %s --check-prefix=AFTER
// AFTER-NOT: error:
// AFTER:     hstack: 1 file, 3 targets

//--- compat.c
#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>

int distance(int a, int b) { return abs(a - b); }
//--- after.c
#include <pthread.h>
#define abs(a) ((a) < 0 ? -(a) : (a))

int distance(int a, int b) { return abs(a - b); }
