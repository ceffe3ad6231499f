// implicit-include: a name the file uses but whose header it never includes,
// reached only through another header's stack, so that on some target it
// is not declared at all. Two fake libcs: glibc's stdio.h reaches
// <stdarg.h> through bits/stdio-impl.h, uClibc-ng's does not (the kbd case
// from the blog). va_list with only <stdio.h> then compiles on glibc by
// accident and breaks on uClibc-ng. uClibc-ng gets the failure, glibc the
// chain that brings va_list in; the fix-it names a header verified to
// declare va_list on every target.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/log.c -- \
// RUN:   > %t/log.out; echo "exit=$?" > %t/log.rc
// RUN: FileCheck %s --check-prefix=RC1 --input-file %t/log.rc
// RC1: exit=1
// RUN: FileCheck %s --check-prefix=TEXT --input-file %t/log.out --match-full-lines
// TEXT:      src/log.c:3:35: error: 'va_list' is used without including <stdarg.h> (elsewhere it arrives through <stdio.h>) [hstack-implicit-include]
// TEXT-NEXT: src/log.c:3:35: note: affects uclibc-ng-1.0.45:x86_64; fine on glibc-2.36:x86_64
// TEXT-NEXT: src/log.c:3:35: note: uclibc-ng-1.0.45:x86_64: breaks: no header the file includes declares 'va_list' here (unknown type name 'va_list'); <stdarg.h> does
// TEXT-NEXT: src/log.c:3:35: note: glibc-2.36:x86_64: 'va_list' arrives through <stdio.h>{{.*}} [log.c:1 -> stdio.h:4 -> bits/stdio-impl.h:2 -> stdarg.h:{{[0-9]+}}{{.*}}]
// TEXT-NEXT: src/log.c:3:35: note: fix-it: insert '#include <stdarg.h>' at line 2
// TEXT-NEXT: hstack: 1 file, 2 targets (glibc-2.36:x86_64, uclibc-ng-1.0.45:x86_64); 1 finding (implicit-include 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// The same as JSON, with per-target evidence, the chain header by header, the fix.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/log.c -- > %t/log.json
// RUN: FileCheck %s --check-prefix=JSON --input-file %t/log.json
// JSON:      "schema": "hstack.lint/1",
// JSON:      "check": "implicit-include",
// JSON-NEXT: "severity": "error",
// JSON-NEXT: "file": "src/log.c",
// JSON-NEXT: "line": 3,
// JSON-NEXT: "column": 35,
// JSON-NEXT: "name": "va_list",
// JSON-NEXT: "message": "'va_list' is used without including <stdarg.h> (elsewhere it arrives through <stdio.h>)",
// JSON-NEXT: "breaks": true,
// JSON-NEXT: "portability_specific": true,
// JSON-NEXT: "environment": false,
// JSON-NEXT: "targets_affected": [
// JSON-NEXT:   "uclibc-ng-1.0.45:x86_64"
// JSON-NEXT: ],
// JSON-NEXT: "targets_ok": [
// JSON-NEXT:   "glibc-2.36:x86_64"
// JSON-NEXT: ],
// JSON-NEXT: "per_target": [
// JSON-NEXT:   {
// JSON-NEXT:     "target": "uclibc-ng-1.0.45:x86_64",
// JSON-NEXT:     "breaks": true,
// JSON-NEXT:     "note": "no header the file includes declares 'va_list' here (unknown type name 'va_list'); <stdarg.h> does",
// JSON-NEXT:     "chain": []
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "target": "glibc-2.36:x86_64",
// JSON-NEXT:     "breaks": false,
// JSON-NEXT:     "note": "'va_list' arrives through <stdio.h>{{.*}}",
// JSON-NEXT:     "chain": [
// JSON-NEXT:       "log.c:1",
// JSON-NEXT:       "stdio.h:4",
// JSON-NEXT:       "bits/stdio-impl.h:2",
// JSON-NEXT:       "stdarg.h:{{[0-9]+}}",
// JSON:      "context": "void log_message(const char *fmt, va_list ap);",
// JSON-NEXT: "fix": {
// JSON-NEXT:   "line": 2,
// JSON-NEXT:   "insert": "#include <stdarg.h>"
// JSON-NEXT: }
//
// Including <stdarg.h> itself: nothing to report, exit 0.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/fixed.c -- > %t/fixed.out
// RUN: FileCheck %s --check-prefix=FIXED --input-file %t/fixed.out
// FIXED-NOT: [hstack-
// FIXED:     hstack: 1 file, 2 targets ({{.*}}); 0 findings;
//
// A name that arrives through the stack on every target and breaks nowhere
// (pid_t through stdlib.h -> sys/types.h on both) is not a portability
// problem: not reported, even with --fail-on note.
// RUN: %hstack lint --fail-on note --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/stacked.c -- > %t/stacked.out
// RUN: FileCheck %s --check-prefix=STACKED --input-file %t/stacked.out
// STACKED-NOT: [hstack-
// STACKED:     hstack: 1 file, 2 targets ({{.*}}); 0 findings;
//
// Broken on every target (pid_t with only <stdio.h>, which reaches
// sys/types.h nowhere): an error the same everywhere, with the fix.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/nowhere.c -- \
// RUN:   | FileCheck %s --check-prefix=NOWHERE --match-full-lines
// NOWHERE:      src/nowhere.c:3:1: error: 'pid_t' is used without including <sys/types.h> (on every target) [hstack-implicit-include]
// NOWHERE-NEXT: src/nowhere.c:3:1: note: glibc-2.36:x86_64: breaks: no header the file includes declares 'pid_t' here (unknown type name 'pid_t'); <sys/types.h> does
// NOWHERE-NEXT: src/nowhere.c:3:1: note: uclibc-ng-1.0.45:x86_64: breaks: no header the file includes declares 'pid_t' here (unknown type name 'pid_t'); <sys/types.h> does
// NOWHERE-NEXT: src/nowhere.c:3:1: note: fix-it: insert '#include <sys/types.h>' at line 2

//--- g/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- g/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/stdio-impl.h>
int vprintf(const char *, __builtin_va_list);
#endif
//--- g/usr/include/bits/stdio-impl.h
/* glibc-like: the whole of <stdarg.h>, not just __gnuc_va_list. */
#include <stdarg.h>
//--- g/usr/include/stdlib.h
#ifndef _STDLIB_H
#define _STDLIB_H 1
#include <sys/types.h>
void exit(int);
#endif
//--- g/usr/include/sys/types.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
typedef int pid_t;
#endif
//--- u/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
#endif
//--- u/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
int vprintf(const char *, __builtin_va_list);
#endif
//--- u/usr/include/stdlib.h
#ifndef _STDLIB_H
#define _STDLIB_H 1
#include <sys/types.h>
void exit(int);
#endif
//--- u/usr/include/sys/types.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
typedef int pid_t;
#endif
//--- src/log.c
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
//--- src/fixed.c
#include <stdio.h>
#include <stdarg.h>
void log_message(const char *fmt, va_list ap);
//--- src/stacked.c
#include <stdlib.h>

pid_t child;
//--- src/nowhere.c
#include <stdio.h>

pid_t child;
