// #include_next: a wrapper stdio.h in a -I directory that comes before the
// sysroot forwards to the sysroot's own stdio.h, and clang's builtin
// limits.h forwards to the sysroot's limits.h. The forwarded-to header is
// marked `(include_next)`; JSON gives both resolved paths and include dirs.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu stdio.h -- -I%t/inc \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace -DT=%t
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): stdio.h
// CHECK-NEXT:stdio.h <[[T]]/inc/stdio.h>
// CHECK-NEXT:  3 stdio.h (include_next)
// CHECK-NEXT:    3 features.h
// CHECK-NEXT:    4 limits.h <compiler>
// CHECK-NEXT:      {{[0-9]+}} limits.h (include_next)  {{.*}}[#if __STDC_HOSTED__ && __has_include_next(<limits.h>)]
// CHECK-NEXT:  4 wrapped.h <[[T]]/inc/wrapped.h>
// CHECK-NOT:{{.+}}
//
// RUN: %hstack tree --format json --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu stdio.h -- -I%t/inc \
// RUN:   | FileCheck %s --check-prefix=JSON -DT=%t
// JSON:      "root": {
// JSON-NEXT:   "header": "stdio.h",
// JSON-NEXT:   "spelled": "<stdio.h>",
// JSON-NEXT:   "path": "[[T]]/inc/stdio.h",
// JSON-NEXT:   "include_dir": "[[T]]/inc",
// JSON-NEXT:   "origin": "other",
// JSON:        "include_next": false,
// JSON:        "children": [
// JSON-NEXT:     {
// JSON-NEXT:       "header": "stdio.h",
// JSON-NEXT:       "spelled": "<stdio.h>",
// JSON-NEXT:       "path": "[[T]]/root/usr/include/stdio.h",
// JSON-NEXT:       "sysroot_path": "/usr/include/stdio.h",
// JSON-NEXT:       "include_dir": "[[T]]/root/usr/include",
// JSON-NEXT:       "origin": "sysroot",
// JSON-NEXT:       "line": 3,
// JSON:            "skipped": false,
// JSON-NEXT:       "missing": false,
// JSON-NEXT:       "include_next": true,
// The compiler's limits.h and the sysroot's one it forwards to.
// JSON:            "path": "{{.*}}/include/limits.h",
// JSON-NEXT:       "include_dir": "{{.*}}/include",
// JSON-NEXT:       "origin": "compiler",
// JSON:            "include_next": false,
// JSON:            "path": "[[T]]/root/usr/include/limits.h",
// JSON-NEXT:       "sysroot_path": "/usr/include/limits.h",
// JSON-NEXT:       "include_dir": "[[T]]/root/usr/include",
// JSON-NEXT:       "origin": "sysroot",
// JSON:            "include_next": true,

//--- inc/stdio.h
/* A wrapper, as a compatibility library would install one.  */
#pragma once
#include_next <stdio.h>
#include "wrapped.h"
//--- inc/wrapped.h
#define WRAPPED 1
//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- root/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <limits.h>
#endif
//--- root/usr/include/limits.h
#ifndef _LIBC_LIMITS_H_
#define _LIBC_LIMITS_H_ 1
#define INT_MAX 2147483647
#endif
