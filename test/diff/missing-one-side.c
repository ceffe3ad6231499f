// A header that exists on one side only is a finding, not an error: the
// diff says which side has it, goes on with the other headers, prints no
// `hstack: error:` and exits 1. Here error.h is glibc-only and
// sys/kdaemon.h uClibc-ng-only; stdio.h is on both and identical.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu
//
// RUN: %{diff} stdio.h error.h sys/kdaemon.h > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=1
// RUN: count 0 < %t/err
// RUN: FileCheck %s --input-file %t/out --match-full-lines --strict-whitespace
// CHECK:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> uclibc-ng-1.0.35:x86_64 (uclibc-ng 1.0.35, x86_64-linux-gnu)
// CHECK-NEXT:--- glibc-2.36:x86_64 error.h
// CHECK-NEXT:+++ uclibc-ng-1.0.35:x86_64 error.h
// CHECK-NEXT:  error.h exists on glibc-2.36:x86_64
// CHECK-NEXT:--- glibc-2.36:x86_64 stdio.h
// CHECK-NEXT:+++ uclibc-ng-1.0.35:x86_64 stdio.h
// CHECK-NEXT:  summary: headers +0 -0, include edges +0 -0, names +0 -0
// CHECK-NEXT:--- glibc-2.36:x86_64 sys/kdaemon.h
// CHECK-NEXT:+++ uclibc-ng-1.0.35:x86_64 sys/kdaemon.h
// CHECK-NEXT:  sys/kdaemon.h exists on uclibc-ng-1.0.35:x86_64
// CHECK-NOT:{{.+}}
//
// In JSON, presence is only_a / only_b, and nothing is listed for the
// header (no header or name added or removed).
// RUN: not %{diff} --format json stdio.h error.h sys/kdaemon.h > %t/out.json
// RUN: FileCheck %s --check-prefix=JSON --input-file %t/out.json
// JSON:      "header": "error.h",
// JSON-NEXT: "presence": "only_a",
// JSON:      "headers_added": [],
// JSON-NEXT: "headers_removed": [],
// JSON-NEXT: "edges_added": 0,
// JSON-NEXT: "edges_removed": 0,
// JSON-NEXT: "names_added": [],
// JSON-NEXT: "names_removed": []
// JSON:      "header": "stdio.h",
// JSON-NEXT: "presence": "both",
// JSON:      "header": "sys/kdaemon.h",
// JSON-NEXT: "presence": "only_b",
// JSON:      "headers_added": [],
// JSON-NEXT: "headers_removed": [],
// JSON-NEXT: "edges_added": 0,
// JSON-NEXT: "edges_removed": 0,
// JSON-NEXT: "names_added": [],
// JSON-NEXT: "names_removed": []
//
// A header on one side only is a finding even when it is the only one.
// RUN: %{diff} error.h > /dev/null 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RUN: count 0 < %t/err1

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/error.h
extern void error (int __status, int __errnum, const char *__format, ...);
//--- a/usr/include/stdio.h
extern int printf (const char *__format, ...);
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- b/usr/include/stdio.h
extern int printf (const char *__format, ...);
//--- b/usr/include/sys/kdaemon.h
extern int bdflush (int __func, long __data);
