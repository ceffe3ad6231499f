// Headers that do not exist. A nested `#include <nope.h>` is a node marked
// `(not found)`, and clang's error is listed under the tree (the rest of
// the tree still prints; the exit code stays 0: compiler errors are data).
// A top-level header that does not exist on the target is an input error:
// exit code 2 and one `hstack: error:` line naming the header and target.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --check-prefix=NESTED --match-full-lines --strict-whitespace
// NESTED:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): top.h
// NESTED-NEXT:top.h
// NESTED-NEXT:  4 features.h
// NESTED-NEXT:  5 mid.h
// NESTED-NEXT:    4 nope.h (not found)  [#ifdef __USE_NOPE]
// NESTED-NEXT:    6 sys/nope.h (not found)
// NESTED-NEXT:  6 after.h
// NESTED-NEXT:compiler diagnostics:
// NESTED-NEXT:  mid.h:4:11: fatal error: 'nope.h' file not found
// NESTED-NOT:{{.+}}
//
// The JSON form marks it missing, with no path.
// RUN: %hstack tree --format json --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --check-prefix=JSON
// JSON:      "header": "nope.h",
// JSON-NEXT: "spelled": "<nope.h>",
// JSON-NEXT: "path": "",
// JSON:      "missing": true,
// JSON:      "diagnostics": [
// JSON-NEXT:   {
// JSON-NEXT:     "level": "fatal error",
// JSON-NEXT:     "file": "mid.h",
// JSON-NEXT:     "line": 4,
// JSON-NEXT:     "column": 11,
// JSON-NEXT:     "message": "'nope.h' file not found"
//
// A missing top-level header: exit 2, one error line on stderr.
// RUN: not %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu nosuch.h \
// RUN:   > %t/top.out 2> %t/top.err
// RUN: FileCheck %s --check-prefix=TOP --input-file %t/top.err --match-full-lines
// TOP: hstack: error: header 'nosuch.h' not found on target glibc-2.36:x86_64
// RUN: count 1 < %t/top.err
// RUN: FileCheck %s --check-prefix=TOP-OUT --input-file %t/top.out
// TOP-OUT: == glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): nosuch.h
// TOP-OUT-NOT: compiler diagnostics
//
// The exit code is exactly 2 (not a crash, not 1).
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu sys/nosuch.h \
// RUN:   > /dev/null 2>&1; echo "exit=$?" | FileCheck %s --check-prefix=EXIT
// EXIT: exit=2
//
// Same through `2>&1`, as a user sees it.
// RUN: not %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu sys/nosuch.h 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MERGED
// MERGED: hstack: error: header 'sys/nosuch.h' not found on target glibc-2.36:x86_64
// MERGED-NOT: hstack: error:

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#define __USE_NOPE 1
#endif
//--- root/usr/include/top.h
#ifndef _TOP_H
#define _TOP_H 1

#include <features.h>
#include <mid.h>
#include <after.h>

#endif
//--- root/usr/include/mid.h
#ifndef _MID_H
#define _MID_H 1
#ifdef __USE_NOPE
# include <nope.h>
#endif
#include <sys/nope.h>
#endif
//--- root/usr/include/after.h
/* after.h */
