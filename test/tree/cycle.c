// Include cycles. Unguarded (a.h -> b.h -> a.h -> ...): hstack neither hangs
// nor crashes; clang re-enters the files until its nesting limit (200) and
// stops with an error, which is listed under the tree; every re-entry of an
// open file is marked (cycle), including the last #include that clang
// refused and never entered (it was not "already included"). Guarded
// (ga.h -> gb.h -> ga.h): the inner ga.h is cut off by its own guard, so it
// is marked skipped.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu a.h > %t/a.out
// RUN: FileCheck %s --input-file %t/a.out --match-full-lines --strict-whitespace
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): a.h
// CHECK-NEXT:a.h
// CHECK-NEXT:  2 b.h
// CHECK-NEXT:    2 a.h (cycle)
// CHECK-NEXT:      2 b.h (cycle)
// CHECK-NEXT:        2 a.h (cycle)
// CHECK:compiler diagnostics:
// CHECK-NEXT:  {{a|b}}.h:2:10: error: #include nested too deeply
// CHECK-NOT:{{.+}}
//
// The deepest #include, the one clang refused, is a cycle too.
// RUN: grep -B1 '^compiler diagnostics:' %t/a.out | FileCheck %s --check-prefix=LAST
// LAST:     {{^ +}}2 {{a|b}}.h (cycle)
// LAST-NOT: already included
// LAST:     compiler diagnostics:
//
// The tree stops at clang's limit: about 200 levels, all of them cycles.
// RUN: grep -c '(cycle)$' %t/a.out | FileCheck %s --check-prefix=COUNT
// COUNT: {{^19[0-9]$}}
//
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu ga.h \
// RUN:   | FileCheck %s --check-prefix=GUARDED --match-full-lines --strict-whitespace
// GUARDED:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): ga.h
// GUARDED-NEXT:ga.h
// GUARDED-NEXT:  3 gb.h
// GUARDED-NEXT:    3 ga.h (skipped: already included){{( \(cycle\))?}}
// GUARDED-NOT:{{.+}}

//--- root/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- root/usr/include/a.h
/* a.h: no guard */
#include <b.h>
int a;
//--- root/usr/include/b.h
/* b.h: no guard */
#include <a.h>
//--- root/usr/include/ga.h
#ifndef _GA_H
#define _GA_H 1
#include <gb.h>
#endif
//--- root/usr/include/gb.h
#ifndef _GB_H
#define _GB_H 1
#include <ga.h>
#endif
