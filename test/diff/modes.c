// `diff --mode A --mode B` compares feature-test modes on one target: each
// --mode string is split on whitespace into clang arguments, the first mode
// is the baseline, and each side is labelled with its mode. The fake
// features.h turns on __USE_MISC unless the compiler is in strict ISO mode
// (-std=c11 defines __STRICT_ANSI__) without _DEFAULT_SOURCE/_GNU_SOURCE,
// and __USE_GNU with _GNU_SOURCE. string.h includes strings.h (bcmp) and
// declares strsep under __USE_MISC, mempcpy and strdupa under __USE_GNU,
// and STRICT_ONLY when __USE_MISC is off.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu
//
// RUN: %{diff} --mode -std=c11 --mode -D_GNU_SOURCE string.h > %t/out; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC1 --input-file %t/rc
// RC1: exit=1
// RUN: FileCheck %s --input-file %t/out --match-full-lines --strict-whitespace
// CHECK:== diff glibc-2.36:x86_64 [-std=c11] (glibc 2.36, x86_64-linux-gnu) -> glibc-2.36:x86_64 [-D_GNU_SOURCE] (glibc 2.36, x86_64-linux-gnu)
// CHECK-NEXT:   modes: [-std=c11] -> [-D_GNU_SOURCE]
// CHECK-NEXT:--- glibc-2.36:x86_64 [-std=c11] string.h
// CHECK-NEXT:+++ glibc-2.36:x86_64 [-D_GNU_SOURCE] string.h
// CHECK-NEXT:@@ headers reached @@
// CHECK-NEXT:+ strings.h  via string.h:7 -> strings.h
// CHECK-NEXT:@@ names exposed @@
// CHECK-NEXT:- STRICT_ONLY                      macro                string.h:15
// CHECK-NEXT:+ bcmp                             function             strings.h:1  via string.h:7 -> strings.h
// CHECK-NEXT:+ mempcpy                          function             string.h:11
// CHECK-NEXT:+ strdupa                          function-like macro  string.h:12
// CHECK-NEXT:+ strsep                           function             string.h:8
// CHECK-NEXT:  summary: headers +1 -0, include edges +1 -0, names +4 -1
// CHECK-NOT:{{.+}}
//
// Three modes: two comparisons against the first, in order. The empty
// mode is the compiler's default (gnu17: __USE_MISC but not __USE_GNU).
// RUN: not %{diff} --mode -std=c11 --mode '' --mode -D_GNU_SOURCE string.h \
// RUN:   | FileCheck %s --check-prefix=THREE --match-full-lines --strict-whitespace
// THREE:== diff glibc-2.36:x86_64 [-std=c11] (glibc 2.36, x86_64-linux-gnu) -> glibc-2.36:x86_64 [] (glibc 2.36, x86_64-linux-gnu)
// THREE-NEXT:   modes: [-std=c11] -> []
// THREE:- STRICT_ONLY                      macro                string.h:15
// THREE-NEXT:+ bcmp                             function             strings.h:1  via string.h:7 -> strings.h
// THREE-NEXT:+ strsep                           function             string.h:8
// THREE-NEXT:  summary: headers +1 -0, include edges +1 -0, names +2 -1
// THREE-EMPTY:
// THREE-NEXT:== diff glibc-2.36:x86_64 [-std=c11] (glibc 2.36, x86_64-linux-gnu) -> glibc-2.36:x86_64 [-D_GNU_SOURCE] (glibc 2.36, x86_64-linux-gnu)
// THREE:  summary: headers +1 -0, include edges +1 -0, names +4 -1
// THREE-NOT:{{.+}}
//
// A mode of several arguments; here the second side loses what the first
// had, so the signs flip.
// RUN: not %{diff} --mode '-std=c11 -D_DEFAULT_SOURCE' --mode -std=c11 string.h \
// RUN:   | FileCheck %s --check-prefix=MULTI --match-full-lines --strict-whitespace
// MULTI:   modes: [-std=c11 -D_DEFAULT_SOURCE] -> [-std=c11]
// MULTI:@@ headers reached @@
// MULTI-NEXT:- strings.h  via string.h:7 -> strings.h
// MULTI-NEXT:@@ names exposed @@
// MULTI-NEXT:- bcmp                             function             strings.h:1  via string.h:7 -> strings.h
// MULTI-NEXT:- strsep                           function             string.h:8
// MULTI-NEXT:+ STRICT_ONLY                      macro                string.h:15
// MULTI-NEXT:  summary: headers +0 -1, include edges +0 -1, names +1 -2
//
// --strict is the base both modes build on: its arguments come first, so a
// mode's -D_GNU_SOURCE still takes effect after its -U_GNU_SOURCE.
// RUN: not %{diff} --strict --mode '' --mode -D_GNU_SOURCE string.h \
// RUN:   | FileCheck %s --check-prefix=STRICT --match-full-lines --strict-whitespace
// STRICT:   modes: [-std=c11 -U_GNU_SOURCE -U_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L] -> [-std=c11 -U_GNU_SOURCE -U_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -D_GNU_SOURCE]
// STRICT:  summary: headers +1 -0, include edges +1 -0, names +4 -1
//
// Two modes that make no difference: exit 0, a summary of zeros.
// RUN: %{diff} --mode -std=c11 --mode -std=c17 string.h \
// RUN:   | FileCheck %s --check-prefix=SAME --match-full-lines --strict-whitespace
// SAME:   modes: [-std=c11] -> [-std=c17]
// SAME-NEXT:--- glibc-2.36:x86_64 [-std=c11] string.h
// SAME-NEXT:+++ glibc-2.36:x86_64 [-std=c17] string.h
// SAME-NEXT:  summary: headers +0 -0, include edges +0 -0, names +0 -0
// SAME-NOT:{{.+}}
//
// In JSON each side's args are the mode's arguments.
// RUN: not %{diff} --format json --mode '-std=c11 -D_DEFAULT_SOURCE' --mode -D_GNU_SOURCE string.h \
// RUN:   | FileCheck %s --check-prefix=JSON
// JSON:      "a": {
// JSON-NEXT:   "label": "glibc-2.36:x86_64 [-std=c11 -D_DEFAULT_SOURCE]",
// JSON:        "args": [
// JSON-NEXT:     "-std=c11",
// JSON-NEXT:     "-D_DEFAULT_SOURCE"
// JSON-NEXT:   ]
// JSON:      "b": {
// JSON-NEXT:   "label": "glibc-2.36:x86_64 [-D_GNU_SOURCE]",
// JSON:        "args": [
// JSON-NEXT:     "-D_GNU_SOURCE"
// JSON-NEXT:   ]

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#if !defined __STRICT_ANSI__ || defined _DEFAULT_SOURCE || defined _GNU_SOURCE
# define __USE_MISC 1
#endif
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
#endif
//--- root/usr/include/string.h
#ifndef _STRING_H
#define _STRING_H 1
#include <features.h>
typedef unsigned long size_t;
extern size_t strlen (const char *__s);
#ifdef __USE_MISC
# include <strings.h>
extern char *strsep (char **__stringp, const char *__delim);
#endif
#ifdef __USE_GNU
extern void *mempcpy (void *__dest, const void *__src, size_t __n);
# define strdupa(s) __builtin_strdup (s)
#endif
#ifndef __USE_MISC
# define STRICT_ONLY 1
#endif
#endif
//--- root/usr/include/strings.h
extern int bcmp (const void *__s1, const void *__s2, unsigned long __n);
