// An existing source file as input: the root of the tree is the file itself
// (origin "main"), its quoted #includes resolved next to it are shown with
// their absolute path (` <path>`, origin "other"), and sysroot headers
// keep their sysroot-relative names. The heading shows the input as typed.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: cd %t && %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu src/main.c \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace -DT=%t
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): src/main.c
// CHECK-NEXT:main.c
// CHECK-NEXT:  1 stdio.h
// CHECK-NEXT:    3 features.h
// CHECK-NEXT:  2 local.h <[[T]]/src/local.h>
// CHECK-NEXT:    2 stdio.h (skipped: already included)
// CHECK-NEXT:    3 util/helper.h <[[T]]/src/util/helper.h>
// CHECK-NEXT:  4 local.h (skipped: already included) <[[T]]/src/local.h>  [#ifdef __GLIBC__]
// CHECK-NOT:{{.+}}
//
// The same file given by absolute path gives the same tree.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu %t/src/main.c \
// RUN:   | FileCheck %s --check-prefix=ABS -DT=%t
// ABS:      == glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): [[T]]/src/main.c
// ABS-NEXT: main.c
// ABS-NEXT:   1 stdio.h
//
// RUN: cd %t && %hstack tree --format json --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu src/main.c \
// RUN:   | FileCheck %s --check-prefix=JSON -DT=%t
// JSON:      "input": "src/main.c",
// JSON-NEXT: "root": {
// JSON-NEXT:   "header": "main.c",
// JSON-NEXT:   "spelled": "",
// JSON-NEXT:   "path": "[[T]]/src/main.c",
// JSON-NEXT:   "include_dir": "",
// JSON-NEXT:   "origin": "main",
// JSON-NEXT:   "line": 0,
// JSON:          "header": "local.h",
// JSON-NEXT:     "spelled": "\"local.h\"",
// JSON-NEXT:     "path": "[[T]]/src/local.h",
// JSON-NEXT:     "include_dir": "[[T]]/src",
// JSON-NEXT:     "origin": "other",

//--- src/main.c
#include <stdio.h>
#include "local.h"
#ifdef __GLIBC__
#include "local.h"
#endif
int main(void) { return 0; }
//--- src/local.h
#pragma once
#include <stdio.h>
#include "util/helper.h"
//--- src/util/helper.h
/* helper.h */
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
#endif
