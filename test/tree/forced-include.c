// Command-line `-include FILE` (after `--`): the forced include is read
// before the input, is marked `(-include)` in the text tree and `"forced":
// true` in JSON (where it is listed under "forced_includes" for a header
// input), and what it includes counts as already included for the input.
// With a header-name input the top of the tree is still that header: a
// forced include must not make hstack think the header was not found.
//
// RUN: rm -rf %t && split-file %s %t
//
// A file input: the forced include is the root's first child.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu %t/main.c -- -include %t/inc/force.h \
// RUN:   | FileCheck %s --check-prefix=FILE --match-full-lines --strict-whitespace -DT=%t
// FILE:main.c
// FILE-NEXT:  0 [[T]]/inc/force.h (-include) <[[T]]/inc/force.h>
// FILE-NEXT:    2 a.h
// FILE-NEXT:  1 top.h
// FILE-NEXT:    3 features.h
// FILE-NEXT:    4 a.h (skipped: already included)
// FILE-NOT:{{.+}}
//
// A header input: exit 0, the tree of top.h, and the forced include beside it.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h -- -include %t/inc/force.h \
// RUN:   > %t/hdr.out 2> %t/hdr.err
// RUN: count 0 < %t/hdr.err
// RUN: FileCheck %s --input-file %t/hdr.out --check-prefix=HDR --match-full-lines --strict-whitespace -DT=%t
// HDR:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): top.h
// HDR-NEXT:top.h
// HDR-NEXT:  3 features.h
// HDR-NEXT:  4 a.h (skipped: already included)
// HDR-NEXT:[[T]]/inc/force.h (-include) <[[T]]/inc/force.h>
// HDR-NEXT:  2 a.h
// HDR-NOT:{{.+}}
//
// RUN: %hstack tree --format json --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h -- -include %t/inc/force.h \
// RUN:   | FileCheck %s --check-prefix=JSON -DT=%t
// JSON:      "root": {
// JSON-NEXT:   "header": "top.h",
// JSON:      "forced_includes": [
// JSON-NEXT:   {
// JSON-NEXT:     "header": "[[T]]/inc/force.h",
// JSON:          "path": "[[T]]/inc/force.h",
// JSON:          "forced": true,

//--- main.c
#include "top.h"
//--- inc/force.h
/* A forced include, as a build system might pass with -include.  */
#include <a.h>
//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- root/usr/include/top.h
#ifndef _TOP_H
#define _TOP_H 1
#include <features.h>
#include <a.h>
#endif
//--- root/usr/include/a.h
#ifndef _A_H
#define _A_H 1
#endif
