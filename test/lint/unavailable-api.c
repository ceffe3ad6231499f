// unavailable-api: a function some target does not declare in the file's
// feature-macro mode, or declares only with _GNU_SOURCE; and a header some
// libc does not have. Three fake libcs: glibc declares strchrnul under
// __USE_GNU (only with _GNU_SOURCE), musl not at all, uClibc-ng in its
// default mode. Each breaking target gets a note saying which of the two it
// is; the target where it compiles shows the declaration's chain. The
// portable alternative comes from rules/apis.yaml.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/gnu.c -- > %t/gnu.out; echo "exit=$?" > %t/gnu.rc
// RUN: FileCheck %s --check-prefix=RC1 --input-file %t/gnu.rc
// RC1: exit=1
// RUN: FileCheck %s --check-prefix=GNU --input-file %t/gnu.out --match-full-lines
// GNU:      src/gnu.c:3:36: error: 'strchrnul' is not available on musl-unknown:x86_64, and only with _GNU_SOURCE on glibc-2.36:x86_64; portable alternative: p = strchr(s, c); if (!p) p = s + strlen(s); [hstack-unavailable-api]
// GNU-NEXT: src/gnu.c:3:36: note: affects glibc-2.36:x86_64, musl-unknown:x86_64; fine on uclibc-ng-1.0.45:x86_64
// GNU-NEXT: src/gnu.c:3:36: note: glibc-2.36:x86_64: breaks: 'strchrnul' is declared in <string.h> only with _GNU_SOURCE
// GNU-NEXT: src/gnu.c:3:36: note: musl-unknown:x86_64: breaks: musl unknown does not declare 'strchrnul' (call to undeclared function 'strchrnul'; ISO C99 and later do not support implicit function declarations)
// GNU-NEXT: src/gnu.c:3:36: note: uclibc-ng-1.0.45:x86_64: declared here [gnu.c:1 -> string.h:6]
// GNU-NEXT: hstack: 1 file, 3 targets (glibc-2.36:x86_64, musl-unknown:x86_64, uclibc-ng-1.0.45:x86_64); 1 finding (unavailable-api 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// The JSON form carries the same per-target split.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/gnu.c -- | FileCheck %s --check-prefix=GNU-JSON
// GNU-JSON:      "check": "unavailable-api",
// GNU-JSON-NEXT: "severity": "error",
// GNU-JSON-NEXT: "file": "src/gnu.c",
// GNU-JSON-NEXT: "line": 3,
// GNU-JSON-NEXT: "column": 36,
// GNU-JSON-NEXT: "name": "strchrnul",
// GNU-JSON:      "breaks": true,
// GNU-JSON-NEXT: "portability_specific": true,
// GNU-JSON-NEXT: "environment": false,
// GNU-JSON-NEXT: "targets_affected": [
// GNU-JSON-NEXT:   "glibc-2.36:x86_64",
// GNU-JSON-NEXT:   "musl-unknown:x86_64"
// GNU-JSON-NEXT: ],
// GNU-JSON-NEXT: "targets_ok": [
// GNU-JSON-NEXT:   "uclibc-ng-1.0.45:x86_64"
// GNU-JSON-NEXT: ],
// GNU-JSON-NEXT: "per_target": [
// GNU-JSON-NEXT:   {
// GNU-JSON-NEXT:     "target": "glibc-2.36:x86_64",
// GNU-JSON-NEXT:     "breaks": true,
// GNU-JSON-NEXT:     "note": "'strchrnul' is declared in <string.h> only with _GNU_SOURCE",
// GNU-JSON-NEXT:     "chain": []
// GNU-JSON:          "target": "musl-unknown:x86_64",
// GNU-JSON-NEXT:     "breaks": true,
// GNU-JSON:          "target": "uclibc-ng-1.0.45:x86_64",
// GNU-JSON-NEXT:     "breaks": false,
// GNU-JSON-NEXT:     "note": "declared here",
// GNU-JSON-NEXT:     "chain": [
// GNU-JSON-NEXT:       "gnu.c:1",
// GNU-JSON-NEXT:       "string.h:6"
// GNU-JSON-NEXT:     ]
// GNU-JSON-NOT:  "fix":
//
// With -D_GNU_SOURCE glibc declares it too: only musl is left.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/gnu.c -- -D_GNU_SOURCE | FileCheck %s --check-prefix=GNU-SRC
// GNU-SRC:      src/gnu.c:3:36: error: 'strchrnul' is not available on musl-unknown:x86_64; portable alternative: {{.*}} [hstack-unavailable-api]
// GNU-SRC-NEXT: src/gnu.c:3:36: note: affects musl-unknown:x86_64; fine on glibc-2.36:x86_64, uclibc-ng-1.0.45:x86_64
// GNU-SRC-NEXT: src/gnu.c:3:36: note: musl-unknown:x86_64: breaks: musl unknown does not declare 'strchrnul'
// GNU-SRC-NEXT: src/gnu.c:3:36: note: glibc-2.36:x86_64: declared here [gnu.c:1 -> string.h:6]
// GNU-SRC-NEXT: src/gnu.c:3:36: note: uclibc-ng-1.0.45:x86_64: declared here [gnu.c:1 -> string.h:6]
//
// A header one libc lacks (and rules/libraries.yaml does not hand to a
// package: error.h on musl) is unavailable-api too, reported at the #include.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/err.c -- | FileCheck %s --check-prefix=HDR --match-full-lines
// HDR:      src/err.c:1:1: error: <error.h> does not exist on musl-unknown:x86_64 [hstack-unavailable-api]
// HDR-NEXT: src/err.c:1:1: note: affects musl-unknown:x86_64; fine on glibc-2.36:x86_64, uclibc-ng-1.0.45:x86_64
// HDR-NEXT: src/err.c:1:1: note: musl-unknown:x86_64: breaks: <error.h> does not exist on musl-unknown:x86_64
// HDR-NEXT: hstack: 1 file, 3 targets ({{.*}}); 1 finding (unavailable-api 1); 0 environment problems; {{.*}}
//
// What every target declares is not reported.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/plain.c -- | FileCheck %s --check-prefix=PLAIN
// PLAIN-NOT: [hstack-
// PLAIN:     hstack: 1 file, 3 targets ({{.*}}); 0 findings;

//--- g/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
#endif
//--- g/usr/include/string.h
#ifndef _STRING_H
#define _STRING_H 1
#include <features.h>
char *strchr(const char *, int);
#ifdef __USE_GNU
char *strchrnul(const char *, int);
#endif
#endif
//--- g/usr/include/error.h
void error(int, int, const char *, ...);
//--- m/usr/include/bits/alltypes.h
typedef unsigned long size_t;
//--- m/usr/include/stdio.h
#include <bits/alltypes.h>
//--- m/usr/include/string.h
#ifndef _STRING_H
#define _STRING_H
#include <bits/alltypes.h>
char *strchr(const char *, int);
#endif
//--- u/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
#define __USE_MISC 1
#endif
//--- u/usr/include/string.h
#ifndef _STRING_H
#define _STRING_H 1
#include <features.h>
char *strchr(const char *, int);
#ifdef __USE_MISC
char *strchrnul(const char *, int);
#endif
#endif
//--- u/usr/include/error.h
void error(int, int, const char *, ...);
//--- src/gnu.c
#include <string.h>

char *last(const char *s) { return strchrnul(s, '/'); }
//--- src/err.c
#include <error.h>

void fail(void) { error(1, 0, "failed"); }
//--- src/plain.c
#include <string.h>

char *slash(const char *s) { return strchr(s, '/'); }
