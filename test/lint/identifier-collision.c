// identifier-collision: the file declares or defines a name that a libc
// header it includes (directly or through the stack) declares too. Both
// orders from the blog, on two fake libcs where only uClibc-ng's
// pthread.h -> sched.h reaches bits/sched.h (which declares clone() and
// includes stdlib.h, uClibc commit 2e2dc998):
//   - a macro defined before the include that expands inside a libc header
//     (nas/texlive's abs() macro),
//   - a declaration after the include (cdrtools' `BOOL clone;`).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/macro.c -- \
// RUN:   > %t/macro.out; echo "exit=$?" > %t/macro.rc
// RUN: FileCheck %s --check-prefix=RC1 --input-file %t/macro.rc
// RC1: exit=1
// RUN: FileCheck %s --check-prefix=MACRO --input-file %t/macro.out --match-full-lines
// MACRO:      src/macro.c:1:1: error: 'abs' is also declared by libc headers this file includes; rename it [hstack-identifier-collision]
// MACRO-NEXT: src/macro.c:1:1: note: affects uclibc-ng-1.0.35:x86_64; fine on glibc-2.36:x86_64
// MACRO-NEXT: src/macro.c:1:1: note: uclibc-ng-1.0.35:x86_64: breaks: the macro 'abs' defined at line 1 expands inside <stdlib.h>:3 [macro.c:2 -> pthread.h:4 -> sched.h:4 -> bits/sched.h:2 -> stdlib.h:3]
// MACRO-NEXT: hstack: 1 file, 2 targets (glibc-2.36:x86_64, uclibc-ng-1.0.35:x86_64); 1 finding (identifier-collision 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// The JSON form: the chain link by link, affected and fine targets.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/macro.c -- \
// RUN:   | FileCheck %s --check-prefix=MACRO-JSON
// MACRO-JSON:      "check": "identifier-collision",
// MACRO-JSON-NEXT: "severity": "error",
// MACRO-JSON-NEXT: "file": "src/macro.c",
// MACRO-JSON-NEXT: "line": 1,
// MACRO-JSON-NEXT: "column": 1,
// MACRO-JSON-NEXT: "name": "abs",
// MACRO-JSON:      "breaks": true,
// MACRO-JSON-NEXT: "portability_specific": true,
// MACRO-JSON-NEXT: "environment": false,
// MACRO-JSON-NEXT: "targets_affected": [
// MACRO-JSON-NEXT:   "uclibc-ng-1.0.35:x86_64"
// MACRO-JSON-NEXT: ],
// MACRO-JSON-NEXT: "targets_ok": [
// MACRO-JSON-NEXT:   "glibc-2.36:x86_64"
// MACRO-JSON-NEXT: ],
// MACRO-JSON-NEXT: "per_target": [
// MACRO-JSON-NEXT:   {
// MACRO-JSON-NEXT:     "target": "uclibc-ng-1.0.35:x86_64",
// MACRO-JSON-NEXT:     "breaks": true,
// MACRO-JSON-NEXT:     "note": "the macro 'abs' defined at line 1 expands inside <stdlib.h>:3",
// MACRO-JSON-NEXT:     "chain": [
// MACRO-JSON-NEXT:       "macro.c:2",
// MACRO-JSON-NEXT:       "pthread.h:4",
// MACRO-JSON-NEXT:       "sched.h:4",
// MACRO-JSON-NEXT:       "bits/sched.h:2",
// MACRO-JSON-NEXT:       "stdlib.h:3"
// MACRO-JSON-NEXT:     ]
// MACRO-JSON-NEXT:   }
// MACRO-JSON-NEXT: ],
// MACRO-JSON-NEXT: "config_guard": "",
// MACRO-JSON-NEXT: "context": "#define abs(a) ((a) < 0 ? -(a) : (a))"
//
// A declaration after the include, reached only on uClibc-ng.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/decl.c -- \
// RUN:   | FileCheck %s --check-prefix=DECL --match-full-lines
// DECL:      src/decl.c:4:1: error: 'clone' is also declared by libc headers this file includes; rename it [hstack-identifier-collision]
// DECL-NEXT: src/decl.c:4:1: note: affects uclibc-ng-1.0.35:x86_64; fine on glibc-2.36:x86_64
// DECL-NEXT: src/decl.c:4:1: note: uclibc-ng-1.0.35:x86_64: breaks: function 'clone' is declared by <bits/sched.h>:3: int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...) [decl.c:1 -> pthread.h:4 -> sched.h:4 -> bits/sched.h:3]
// DECL-NEXT: hstack: 1 file, 2 targets ({{.*}}); 1 finding (identifier-collision 1); {{.*}}
//
// Declared by a header on every target: not a portability problem, just a
// problem, and tagged so.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/every.c -- \
// RUN:   | FileCheck %s --check-prefix=EVERY --match-full-lines
// EVERY:      src/every.c:2:1: error: 'sched_yield' is also declared by libc headers this file includes; rename it (on every target) [hstack-identifier-collision]
// EVERY-NEXT: src/every.c:2:1: note: glibc-2.36:x86_64: breaks: function 'sched_yield' is declared by <sched.h>:4: int sched_yield(void) [every.c:1 -> sched.h:4]
// EVERY-NEXT: src/every.c:2:1: note: uclibc-ng-1.0.35:x86_64: breaks: function 'sched_yield' is declared by <sched.h>:5: int sched_yield(void) [every.c:1 -> sched.h:5]
//
// A macro that shadows a libc function after the include compiles, but it
// is still a collision: a warning, so exit 0 at the default --fail-on.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/shadow.c -- \
// RUN:   | FileCheck %s --check-prefix=SHADOW --match-full-lines
// SHADOW:      src/shadow.c:2:1: warning: 'sched_yield' is also declared by libc headers this file includes; rename it (on every target) [hstack-identifier-collision]
// SHADOW-NEXT: src/shadow.c:2:1: note: glibc-2.36:x86_64: function 'sched_yield' is declared by <sched.h>:4: int sched_yield(void) [shadow.c:1 -> pthread.h:4 -> sched.h:4]
//
// A macro the file #undefs first replaces the libc's name on purpose
// (gnulib's localcharset.c: `# undef getc` / `# define getc getc_unlocked`):
// no finding while it breaks nothing. The same without the #undef is the
// shadow above.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/replace.c -- \
// RUN:   | FileCheck %s --check-prefix=REPLACE
// REPLACE-NOT: [hstack-
// REPLACE:     hstack: 1 file, 2 targets ({{.*}}); 0 findings;
//
// A compatible redeclaration of a libc function is not a collision.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/compat.c -- \
// RUN:   | FileCheck %s --check-prefix=COMPAT
// COMPAT-NOT: [hstack-
// COMPAT:     hstack: 1 file, 2 targets ({{.*}}); 0 findings;

//--- g/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- g/usr/include/pthread.h
#ifndef _PTHREAD_H
#define _PTHREAD_H 1
#include <features.h>
#include <sched.h>
int pthread_yield(void);
#endif
//--- g/usr/include/sched.h
#ifndef _SCHED_H
#define _SCHED_H 1
#include <features.h>
int sched_yield(void);
#endif
//--- g/usr/include/stdlib.h
#ifndef _STDLIB_H
#define _STDLIB_H 1
extern int abs(int __x);
#endif
//--- u/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
#endif
//--- u/usr/include/pthread.h
#ifndef _PTHREAD_H
#define _PTHREAD_H 1
#include <features.h>
#include <sched.h>
int pthread_yield(void);
#endif
//--- u/usr/include/sched.h
#ifndef _SCHED_H
#define _SCHED_H 1
#include <features.h>
#include <bits/sched.h>
int sched_yield(void);
#endif
//--- u/usr/include/bits/sched.h
#define __CPU_SETSIZE 1024
#include <stdlib.h>
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);
//--- u/usr/include/stdlib.h
#ifndef _STDLIB_H
#define _STDLIB_H 1
extern int abs(int __x);
#endif
//--- src/macro.c
#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>

int distance(int a, int b) { return abs(a - b); }
//--- src/decl.c
#include <pthread.h>

typedef int BOOL;
BOOL clone;
//--- src/every.c
#include <sched.h>
int sched_yield;
//--- src/shadow.c
#include <pthread.h>
#define sched_yield() 0
int f(void) { return sched_yield(); }
//--- src/replace.c
#include <pthread.h>
#undef sched_yield
#define sched_yield() pthread_yield()
int f(void) { return sched_yield(); }
//--- src/compat.c
#include <pthread.h>
int abs(int);
