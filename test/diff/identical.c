// Two sides that expose the same: exit 0 (like diff(1)), each header gets
// its ---/+++ lines and a summary of zeros, and nothing else is listed.
// Differences that do not change what is reached or which names exist are
// not differences: a macro's value (__GLIBC_MINOR__, BUFSIZ), a
// declaration's spelling (restrict, `long int`), blank lines that move
// line numbers.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu
//
// RUN: %{diff} stdio.h string.h > %t/out; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=0
// RUN: FileCheck %s --input-file %t/out --match-full-lines --strict-whitespace
// CHECK:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> glibc-2.37:x86_64 (glibc 2.37, x86_64-linux-gnu)
// CHECK-NEXT:--- glibc-2.36:x86_64 stdio.h
// CHECK-NEXT:+++ glibc-2.37:x86_64 stdio.h
// CHECK-NEXT:  summary: headers +0 -0, include edges +0 -0, names +0 -0
// CHECK-NEXT:--- glibc-2.36:x86_64 string.h
// CHECK-NEXT:+++ glibc-2.37:x86_64 string.h
// CHECK-NEXT:  summary: headers +0 -0, include edges +0 -0, names +0 -0
// CHECK-NOT:{{.+}}
//
// Reserved names compared too: still identical.
// RUN: %{diff} --reserved stdio.h | FileCheck %s --check-prefix=RES
// RES:     summary: headers +0 -0, include edges +0 -0, names +0 -0
// RES-NOT: @@
//
// --all-headers: an empty table and the count of identical headers
// (features.h, stdio.h, string.h; bits/types.h is internal, not compared).
// RUN: %{diff} --all-headers | FileCheck %s --check-prefix=ALL --match-full-lines --strict-whitespace
// ALL:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> glibc-2.37:x86_64 (glibc 2.37, x86_64-linux-gnu)
// ALL-NEXT:HEADER      STATUS                          HEADERS      EDGES      NAMES  NOTE
// ALL-NEXT:3 headers compared, 3 identical (not listed)
// ALL-NOT:{{.+}}
//
// In JSON every list is empty and every count zero.
// RUN: %{diff} --format json stdio.h | FileCheck %s --check-prefix=JSON
// JSON:      "headers": [
// JSON-NEXT:   {
// JSON-NEXT:     "header": "stdio.h",
// JSON-NEXT:     "presence": "both",
// JSON-NEXT:     "error_a": "",
// JSON-NEXT:     "error_b": "",
// JSON-NEXT:     "headers_added": [],
// JSON-NEXT:     "headers_removed": [],
// JSON-NEXT:     "edges_added": 0,
// JSON-NEXT:     "edges_removed": 0,
// JSON-NEXT:     "names_added": [],
// JSON-NEXT:     "names_removed": []
// JSON-NEXT:   }
// JSON-NEXT: ]
//
// A target against itself, twice over (the second copy is named #2).
// RUN: %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/a --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --check-prefix=SELF --match-full-lines --strict-whitespace
// SELF:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> glibc-2.36:x86_64#2 (glibc 2.36, x86_64-linux-gnu)
// SELF-NEXT:--- glibc-2.36:x86_64 stdio.h
// SELF-NEXT:+++ glibc-2.36:x86_64#2 stdio.h
// SELF-NEXT:  summary: headers +0 -0, include edges +0 -0, names +0 -0
// SELF-NOT:{{.+}}

//--- a/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- a/usr/include/stdio.h
#include <features.h>
#include <bits/types.h>
extern int printf (const char *__format, ...);
#define BUFSIZ 8192
//--- a/usr/include/bits/types.h
typedef long __off_t;
//--- a/usr/include/string.h
#include <features.h>
extern unsigned long strlen (const char *__s);
//--- b/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 37
#endif
//--- b/usr/include/stdio.h
#include <features.h>
#include <bits/types.h>

extern int printf (const char *__restrict __format, ...);
#define BUFSIZ 1024
//--- b/usr/include/bits/types.h
typedef long int __off_t;
//--- b/usr/include/string.h
#include <features.h>
extern unsigned long strlen (const char *__s);
