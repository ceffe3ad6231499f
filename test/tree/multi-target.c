// Several user sysroots in one run: one tree per target, in the order the
// --sysroot/--triple pairs were given, each headed by its own libc identity
// (read from the sysroot's features.h). Two sysroots with the same identity
// get distinct names. A header missing on one target only fails that target.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --check-prefix=AB --match-full-lines --strict-whitespace
// AB:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): stdio.h
// AB-NEXT:stdio.h
// AB-NEXT:  3 features.h
// AB-NEXT:  4 bits/libio.h
// AB-EMPTY:
// AB-NEXT:== uclibc-ng-1.0.45:x86_64 (uclibc-ng 1.0.45, x86_64-linux-gnu): stdio.h
// AB-NEXT:stdio.h
// AB-NEXT:  3 features.h
// AB-NEXT:  4 bits/uClibc_stdio.h
// AB-NOT:{{.+}}
//
// The other order gives the other order.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/b --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --check-prefix=BA
// BA:     == uclibc-ng-1.0.45:x86_64 (uclibc-ng 1.0.45, x86_64-linux-gnu): stdio.h
// BA:     bits/uClibc_stdio.h
// BA:     == glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): stdio.h
// BA:     bits/libio.h
// BA-NOT: ==
//
// Several inputs: target-major order (every input on A, then on B).
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu stdio.h features.h \
// RUN:   | FileCheck %s --check-prefix=ORDER
// ORDER:     == glibc-2.36:x86_64 ({{.*}}): stdio.h
// ORDER:     == glibc-2.36:x86_64 ({{.*}}): features.h
// ORDER:     == uclibc-ng-1.0.45:x86_64 ({{.*}}): stdio.h
// ORDER:     == uclibc-ng-1.0.45:x86_64 ({{.*}}): features.h
// ORDER-NOT: ==
//
// In JSON, one entry per target, same order, with the identity in "target".
// RUN: %hstack tree --format json --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --check-prefix=JSON -DT=%t
// JSON:      "name": "glibc-2.36:x86_64",
// JSON-NEXT: "libc": "glibc",
// JSON-NEXT: "version": "2.36",
// JSON:      "sysroot": "[[T]]/a",
// JSON:      "name": "uclibc-ng-1.0.45:x86_64",
// JSON-NEXT: "libc": "uclibc-ng",
// JSON-NEXT: "version": "1.0.45",
// JSON:      "sysroot": "[[T]]/b",
//
// Two sysroots with the same libc: both trees, with distinct target names.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/a2 --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --check-prefix=SAME
// SAME:     == glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): stdio.h
// SAME:     4 bits/libio.h
// SAME:     == glibc-2.36:x86_64#2 (glibc 2.36, x86_64-linux-gnu): stdio.h
// SAME:     4 bits/stdio2.h
//
// bits/libio.h exists only on A: B's tree is an error, A's still prints.
// RUN: not %hstack tree --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu bits/libio.h > %t/one.out 2> %t/one.err
// RUN: FileCheck %s --check-prefix=ONE --input-file %t/one.out
// ONE:      == glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): bits/libio.h
// ONE-NEXT: bits/libio.h
// ONE:      == uclibc-ng-1.0.45:x86_64 (uclibc-ng 1.0.45, x86_64-linux-gnu): bits/libio.h
// ONE-NEXT:   error: header 'bits/libio.h' not found on target uclibc-ng-1.0.45:x86_64
// RUN: FileCheck %s --check-prefix=ONE-ERR --input-file %t/one.err
// ONE-ERR:     hstack: error: header 'bits/libio.h' not found on target uclibc-ng-1.0.45:x86_64
// ONE-ERR-NOT: glibc

//--- a/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- a/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/libio.h>
#endif
//--- a/usr/include/bits/libio.h
/* glibc's FILE */
//--- a2/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- a2/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/stdio2.h>
#endif
//--- a2/usr/include/bits/stdio2.h
/* another glibc build */
//--- b/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 2
#endif
//--- b/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/uClibc_stdio.h>
#endif
//--- b/usr/include/bits/uClibc_stdio.h
/* uClibc-ng's FILE */
