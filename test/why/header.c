// `why --from X HEADER`: every chain by which a header is #included, each
// header followed by the line that includes the next; the first (entered)
// inclusion first, then the re-inclusions cut by its guard, marked skipped.
// NAME counts as a header when it has a '/' or ends in .h; `<name>` works
// too. A header only #included in a false branch is not reachable, until a
// -D after `--` takes the branch.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h sys/types.h \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): sys/types.h from top.h
// CHECK-NEXT:  top.h:4 -> sys/types.h
// CHECK-NEXT:  top.h:5 -> kinds.h:3 -> sys/types.h (skipped: already included)
// CHECK-NEXT:  top.h:6 -> bits/more.h:2 -> sys/types.h (skipped: already included)
// CHECK-NOT:{{.+}}
//
// The spelled form gives the same answer.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h '<sys/types.h>' \
// RUN:   | FileCheck %s --check-prefix=SPELLED --match-full-lines --strict-whitespace
// SPELLED:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): <sys/types.h> from top.h
// SPELLED-NEXT:  top.h:4 -> sys/types.h
// SPELLED-NEXT:  top.h:5 -> kinds.h:3 -> sys/types.h (skipped: already included)
//
// A name without '/' that ends in .h, reached once, two levels down.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h deep.h \
// RUN:   | FileCheck %s --check-prefix=DEEP --match-full-lines --strict-whitespace
// DEEP:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): deep.h from top.h
// DEEP-NEXT:  top.h:6 -> bits/more.h:4 -> deep.h
// DEEP-NOT:{{.+}}
//
// Only in a false branch: not reachable; with -D_GNU_SOURCE it is.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h gnu.h \
// RUN:   | FileCheck %s --check-prefix=FALSE --match-full-lines --strict-whitespace
// FALSE:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): gnu.h from top.h
// FALSE-NEXT:  gnu.h is not reachable from top.h on glibc-2.36:x86_64
// FALSE-NOT:{{.+}}
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h gnu.h -- -D_GNU_SOURCE \
// RUN:   | FileCheck %s --check-prefix=GNU --match-full-lines --strict-whitespace
// GNU:  top.h:6 -> bits/more.h:7 -> gnu.h
//
// A header that exists in the sysroot but is never included.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h unused.h \
// RUN:   | FileCheck %s --check-prefix=UNUSED
// UNUSED: unused.h is not reachable from top.h on glibc-2.36:x86_64
//
// From a source file: the chain starts at the file.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from %t/prog.c deep.h \
// RUN:   | FileCheck %s --check-prefix=FILE --match-full-lines --strict-whitespace -DT=%t
// FILE:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): deep.h from [[T]]/prog.c
// FILE-NEXT:  prog.c:2 -> top.h:6 -> bits/more.h:4 -> deep.h
// FILE-NOT:{{.+}}

//--- prog.c
/* A program */
#include <top.h>
//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
#endif
//--- root/usr/include/top.h
#ifndef _TOP_H
#define _TOP_H 1
#include <features.h>
#include <sys/types.h>
#include <kinds.h>
#include <bits/more.h>
#endif
//--- root/usr/include/sys/types.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
typedef unsigned long size_t;
#endif
//--- root/usr/include/kinds.h
#ifndef _KINDS_H
#define _KINDS_H 1
#include <sys/types.h>
#endif
//--- root/usr/include/bits/more.h
/* bits/more.h: no guard */
#include <sys/types.h>
#ifndef __NO_DEEP
# include <deep.h>
#endif
#ifdef __USE_GNU
# include <gnu.h>
#endif
//--- root/usr/include/deep.h
/* deep.h */
//--- root/usr/include/gnu.h
/* gnu.h */
//--- root/usr/include/unused.h
/* unused.h */
