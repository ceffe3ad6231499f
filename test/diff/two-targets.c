// `diff` of one header on two targets (two fake sysroots here, a
// glibc-like and a musl-like one): the first is side A, the second side B.
// Headers reached only on A are `-`, only on B `+`, each with its chain on
// its own side; names likewise. A name is compared by name and namespace,
// not by value: BUFSIZ (8192 vs 1024) and the typedef off_t are on both
// sides, but musl's `#define off_t off_t` is a new macro. The summary
// counts headers, distinct include edges (glibc's skipped re-include of
// features.h from sched.h is not an edge) and names. Exit 1: they differ.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/glibc --triple x86_64-linux-gnu --sysroot %t/musl --triple x86_64-linux-musl
//
// RUN: %{diff} stdio.h > %t/out; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=1
// RUN: FileCheck %s --input-file %t/out --match-full-lines --strict-whitespace
// CHECK:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> musl-unknown:x86_64 (musl unknown, x86_64-linux-musl)
// CHECK-NEXT:--- glibc-2.36:x86_64 stdio.h
// CHECK-NEXT:+++ musl-unknown:x86_64 stdio.h
// CHECK-NEXT:@@ headers reached @@
// CHECK-NEXT:- bits/types.h  via stdio.h:4 -> bits/types.h
// CHECK-NEXT:- sched.h  via stdio.h:5 -> sched.h
// CHECK-NEXT:+ bits/alltypes.h  via stdio.h:4 -> bits/alltypes.h
// CHECK-NEXT:@@ names exposed @@
// CHECK-NEXT:- fileno                           function             stdio.h:9
// CHECK-NEXT:- sched_yield                      function             sched.h:2  via stdio.h:5 -> sched.h
// CHECK-NEXT:+ dprintf                          function             stdio.h:8
// CHECK-NEXT:+ off_t                            macro                stdio.h:6
// CHECK-NEXT:  summary: headers +1 -2, include edges +1 -2, names +2 -2
// CHECK-NOT:{{.+}}
//
// The other way round, everything flips.
// RUN: not %hstack diff --sysroots-dir %t/none --sysroot %t/musl --triple x86_64-linux-musl --sysroot %t/glibc --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --check-prefix=FLIP --match-full-lines --strict-whitespace
// FLIP:== diff musl-unknown:x86_64 (musl unknown, x86_64-linux-musl) -> glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu)
// FLIP:- bits/alltypes.h  via stdio.h:4 -> bits/alltypes.h
// FLIP-NEXT:+ bits/types.h  via stdio.h:4 -> bits/types.h
// FLIP-NEXT:+ sched.h  via stdio.h:5 -> sched.h
// FLIP:- dprintf                          function             stdio.h:8
// FLIP-NEXT:- off_t                            macro                stdio.h:6
// FLIP-NEXT:+ fileno                           function             stdio.h:9
// FLIP-NEXT:+ sched_yield                      function             sched.h:2  via stdio.h:5 -> sched.h
// FLIP-NEXT:  summary: headers +2 -1, include edges +2 -1, names +2 -2
//
// --reserved compares reserved names too (guards that differ, __GLIBC__,
// musl's _Noreturn); the include guard _STDIO_H is on both sides.
// RUN: not %{diff} --reserved stdio.h | FileCheck %s --check-prefix=RES --match-full-lines --strict-whitespace
// RES:@@ names exposed @@
// RES-NEXT:- _FEATURES_H                      macro                features.h:2  via stdio.h:3 -> features.h
// RES-NEXT:- __GLIBC_MINOR__                  macro                features.h:4  via stdio.h:3 -> features.h
// RES-NEXT:- __GLIBC__                        macro                features.h:3  via stdio.h:3 -> features.h
// RES-NEXT:- __off_t                          typedef              bits/types.h:1  via stdio.h:4 -> bits/types.h
// RES-NEXT:- fileno                           function             stdio.h:9
// RES-NEXT:- sched_yield                      function             sched.h:2  via stdio.h:5 -> sched.h
// RES-NEXT:+ _Noreturn                        macro                features.h:1  via stdio.h:3 -> features.h
// RES-NEXT:+ dprintf                          function             stdio.h:8
// RES-NEXT:+ off_t                            macro                stdio.h:6
// RES-NEXT:  summary: headers +1 -2, include edges +1 -2, names +3 -6
//
// In JSON, the same delta, with both sides described and chains on each.
// RUN: not %{diff} --format json stdio.h > %t/out.json
// RUN: FileCheck %s --check-prefix=JSON --input-file %t/out.json
// JSON:      "schema": "hstack.diff/1",
// JSON:      "a": {
// JSON-NEXT:   "label": "glibc-2.36:x86_64",
// JSON:      "b": {
// JSON-NEXT:   "label": "musl-unknown:x86_64",
// JSON:      "reserved_names_compared": false,
// JSON-NEXT: "headers": [
// JSON-NEXT:   {
// JSON-NEXT:     "header": "stdio.h",
// JSON-NEXT:     "presence": "both",
// JSON-NEXT:     "error_a": "",
// JSON-NEXT:     "error_b": "",
// JSON-NEXT:     "headers_added": [
// JSON-NEXT:       {
// JSON-NEXT:         "header": "bits/alltypes.h",
// JSON:          "headers_removed": [
// JSON-NEXT:       {
// JSON-NEXT:         "header": "bits/types.h",
// JSON:              "header": "sched.h",
// JSON-NEXT:         "chain": [
// JSON-NEXT:           {
// JSON-NEXT:             "header": "stdio.h",
// JSON-NEXT:             "path": "{{.*}}/glibc/usr/include/stdio.h",
// JSON-NEXT:             "line": 5
// JSON-NEXT:           },
// JSON:          "edges_added": 1,
// JSON-NEXT:     "edges_removed": 2,
// JSON-NEXT:     "names_added": [
// JSON-NEXT:       {
// JSON-NEXT:         "name": "dprintf",
// JSON-NEXT:         "kind": "function",
// JSON-NEXT:         "header": "stdio.h",
// JSON-NEXT:         "line": 8,
// JSON:              "name": "off_t",
// JSON-NEXT:         "kind": "macro",
// JSON:          "names_removed": [
// JSON-NEXT:       {
// JSON-NEXT:         "name": "fileno",
// JSON:              "name": "sched_yield",
// JSON-NEXT:         "kind": "function",
// JSON-NEXT:         "header": "sched.h",
// JSON-NEXT:         "line": 2,
// JSON-NEXT:         "chain": [
// JSON-NEXT:           {
// JSON-NEXT:             "header": "stdio.h",
// JSON-NEXT:             "path": "{{.*}}/glibc/usr/include/stdio.h",
// JSON-NEXT:             "line": 5
// JSON-NEXT:           },
// JSON-NEXT:           {
// JSON-NEXT:             "header": "sched.h",
// JSON-NEXT:             "path": "{{.*}}/glibc/usr/include/sched.h",
// JSON-NEXT:             "line": 0
// JSON-NEXT:           }
// JSON-NEXT:         ]
// JSON-NEXT:       }
// JSON-NEXT:     ]
// JSON-NEXT:   }
// JSON-NEXT: ]
// RUN: %python -c "import json,sys; print(json.load(open(sys.argv[1]))['comparisons'][0]['reserved_names_compared'])" %t/out.json \
// RUN:   | FileCheck %s --check-prefix=PARSES
// PARSES: {{^False$}}
//
// Three targets: the first is the baseline, compared with each of the
// others in turn (two comparisons, in the order given).
// RUN: not %{diff} --sysroot %t/glibc2 --triple x86_64-linux-gnu stdio.h | FileCheck %s --check-prefix=THREE --match-full-lines --strict-whitespace
// THREE:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> musl-unknown:x86_64 (musl unknown, x86_64-linux-musl)
// THREE:  summary: headers +1 -2, include edges +1 -2, names +2 -2
// THREE-EMPTY:
// THREE-NEXT:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> glibc-2.37:x86_64 (glibc 2.37, x86_64-linux-gnu)
// THREE-NEXT:--- glibc-2.36:x86_64 stdio.h
// THREE-NEXT:+++ glibc-2.37:x86_64 stdio.h
// THREE-NEXT:@@ names exposed @@
// THREE-NEXT:+ fdopen                           function             stdio.h:10
// THREE-NEXT:  summary: headers +0 -0, include edges +0 -0, names +1 -0
// THREE-NOT:{{.+}}

//--- glibc/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- glibc/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/types.h>
#include <sched.h>
typedef struct _IO_FILE FILE;
typedef __off_t off_t;
extern int printf (const char *__format, ...);
extern int fileno (FILE *__stream);
#define BUFSIZ 8192
#endif
//--- glibc/usr/include/bits/types.h
typedef long __off_t;
//--- glibc/usr/include/sched.h
#include <features.h>
extern int sched_yield (void);
//--- musl/usr/include/features.h
#define _Noreturn __attribute__ ((__noreturn__))
//--- musl/usr/include/bits/alltypes.h
typedef long off_t;
//--- musl/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H
#include <features.h>
#include <bits/alltypes.h>
typedef struct _IO_FILE FILE;
#define off_t off_t
extern int printf (const char *__format, ...);
extern int dprintf (int __fd, const char *__format, ...);
#define BUFSIZ 1024
#endif
//--- glibc2/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 37
#endif
//--- glibc2/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/types.h>
#include <sched.h>
typedef struct _IO_FILE FILE;
typedef __off_t off_t;
extern int printf (const char *__format, ...);
extern int fileno (FILE *__stream);
extern FILE *fdopen (int __fd, const char *__modes);
#define BUFSIZ 8192
#endif
//--- glibc2/usr/include/bits/types.h
typedef long __off_t;
//--- glibc2/usr/include/sched.h
#include <features.h>
extern int sched_yield (void);
