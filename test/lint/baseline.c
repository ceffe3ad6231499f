// Baselines: --write-baseline records the current findings; a later run
// with --baseline (or .hstack.yaml `baseline:`) reports only findings that
// are not in it, and counts the others. Findings are matched by check, file,
// name and the trimmed source line (context), not by line number, so an
// edit that only moves the code keeps them suppressed; changing the line
// itself makes the finding new again.
//
// RUN: rm -rf %t && split-file %s %t && cd %t/proj
// RUN: cp %t/versions/original.c src/compat.c
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps \
// RUN:   --write-baseline %t/proj/base.json src/compat.c src/other.c -- > %t/write.out || true
// RUN: FileCheck %s --check-prefix=WRITE --input-file %t/write.out
// WRITE: src/compat.c:1:1: error: 'abs' is also declared by libc headers this file includes; rename it [hstack-identifier-collision]
// WRITE: hstack: 2 files, 2 targets ({{.*}}); 1 finding (identifier-collision 1);
// RUN: FileCheck %s --check-prefix=FILE --input-file %t/proj/base.json --match-full-lines
// FILE:      {
// FILE-NEXT:   "schema": "hstack.baseline/1",
// FILE-NEXT:   "findings": [
// FILE-NEXT:     {
// FILE-NEXT:       "check": "identifier-collision",
// FILE-NEXT:       "file": "src/compat.c",
// FILE-NEXT:       "name": "abs",
// FILE-NEXT:       "context": "#define abs(a) ((a) < 0 ? -(a) : (a))"
// FILE-NEXT:     }
// FILE-NEXT:   ]
// FILE-NEXT: }
//
// The same sources with the baseline: nothing reported, one in baseline,
// exit 0.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps \
// RUN:   --baseline %t/proj/base.json src/compat.c src/other.c -- > %t/same.out
// RUN: FileCheck %s --check-prefix=SAME --input-file %t/same.out
// SAME-NOT: [hstack-
// SAME:     hstack: 2 files, 2 targets ({{.*}}); 0 findings; 0 environment problems; 0 skipped; 0 suppressed; 1 in baseline
// RUN: %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps \
// RUN:   --baseline %t/proj/base.json src/compat.c src/other.c -- | FileCheck %s --check-prefix=SAME-JSON
// SAME-JSON: "findings": [],
// SAME-JSON: "baselined": 1
//
// Lines inserted above the collision: it moved from line 1 to line 5, and is
// still in the baseline.
// RUN: cp %t/versions/shifted.c src/compat.c
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps \
// RUN:   --baseline %t/proj/base.json src/compat.c src/other.c -- > %t/shifted.out
// RUN: FileCheck %s --check-prefix=SAME --input-file %t/shifted.out
// Without the baseline it is there, at its new line.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/compat.c -- \
// RUN:   | FileCheck %s --check-prefix=MOVED
// MOVED: src/compat.c:5:1: error: 'abs' is also declared by {{.*}} [hstack-identifier-collision]
//
// The line itself changed: a new finding, exit 1.
// RUN: cp %t/versions/edited.c src/compat.c
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps \
// RUN:   --baseline %t/proj/base.json src/compat.c src/other.c -- > %t/edited.out
// RUN: FileCheck %s --check-prefix=EDITED --input-file %t/edited.out
// EDITED: src/compat.c:1:1: error: 'abs' is also declared by {{.*}} [hstack-identifier-collision]
// EDITED: hstack: 2 files, 2 targets ({{.*}}); 1 finding (identifier-collision 1); {{.*}}; 0 in baseline
//
// .hstack.yaml `baseline:` names the file relative to the config itself.
// RUN: cp %t/versions/shifted.c src/compat.c
// (A baseline keeps its paths relative to itself: write it where the config
// points, and any working directory matches.)
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps \
// RUN:   --write-baseline %t/proj/conf/lint-baseline.json src/compat.c -- > /dev/null
// RUN: %hstack lint --config %t/proj/conf/hstack.yaml --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/compat.c -- \
// RUN:   | FileCheck %s --check-prefix=CONFIG
// CONFIG: hstack: 1 file, 2 targets ({{.*}}); 0 findings; {{.*}}; 1 in baseline

//--- proj/conf/hstack.yaml
baseline: lint-baseline.json
//--- versions/original.c
#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>

int distance(int a, int b) { return abs(a - b); }
//--- versions/shifted.c
/* Small helpers.
 * (These lines only move the code below.) */
#include <stddef.h>

#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>

int distance(int a, int b) { return abs(a - b); }
//--- versions/edited.c
#define abs(x) ((x) < 0 ? -(x) : (x))
#include <pthread.h>

int distance(int a, int b) { return abs(a - b); }
//--- proj/src/other.c
#include <pthread.h>
int other(void) { return 0; }
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/pthread.h
#include <features.h>
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- u/usr/include/pthread.h
#ifndef _PTHREAD_H
#define _PTHREAD_H 1
#include <features.h>
#include <stdlib.h>
#endif
//--- u/usr/include/stdlib.h
#ifndef _STDLIB_H
#define _STDLIB_H 1
extern int abs(int __x);
#endif
