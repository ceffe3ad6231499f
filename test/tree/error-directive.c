// A header with `#error` under a condition. When the condition holds, the
// tree still prints in full (#error is not fatal: the #includes after it are
// still followed) and the #error message is listed under
// `compiler diagnostics:` with the header and line; the exit code stays 0.
// When it does not hold, there is no diagnostics section.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h -- -D_TIME_BITS=32 \
// RUN:   | FileCheck %s --check-prefix=FIRES --match-full-lines --strict-whitespace
// FIRES:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): top.h
// FIRES-NEXT:top.h
// FIRES-NEXT:  4 features.h
// FIRES-NEXT:    8 bits/timesize.h
// FIRES-NEXT:  5 after.h
// FIRES-NEXT:compiler diagnostics:
// FIRES-NEXT:  features.h:6:3: error: "_TIME_BITS=32 is not supported on this target"
// FIRES-NOT:{{.+}}
//
// RUN: %hstack tree --format json --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h -- -D_TIME_BITS=32 \
// RUN:   | FileCheck %s --check-prefix=JSON
// JSON:      "diagnostics": [
// JSON-NEXT:   {
// JSON-NEXT:     "level": "error",
// JSON-NEXT:     "file": "features.h",
// JSON-NEXT:     "line": 6,
// JSON-NEXT:     "column": 3,
// JSON-NEXT:     "message": "\"_TIME_BITS=32 is not supported on this target\""
// JSON-NEXT:   }
// JSON-NEXT: ]
//
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --check-prefix=QUIET
// QUIET:     top.h
// QUIET:     after.h
// QUIET-NOT: compiler diagnostics
// QUIET-NOT: error

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#if defined _TIME_BITS && _TIME_BITS != 64
# error "_TIME_BITS=32 is not supported on this target"
#endif
#include <bits/timesize.h>
#endif
//--- root/usr/include/bits/timesize.h
#define __TIMESIZE 64
//--- root/usr/include/top.h
#ifndef _TOP_H
#define _TOP_H 1

#include <features.h>
#include <after.h>

#endif
//--- root/usr/include/after.h
/* after.h */
