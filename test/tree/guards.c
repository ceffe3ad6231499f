// Include guards (#ifndef X, #if !defined(X), #if !defined X) and
// #pragma once: a second inclusion is shown once, marked
// `(skipped: already included)`, and not expanded again; an includer's own
// guard is not listed among the conditions of the #includes inside it, while
// its other conditions are.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): top.h
// CHECK-NEXT:top.h
// CHECK-NEXT:  4 features.h
// CHECK-NEXT:  5 a.h
// CHECK-NEXT:    3 leaf.h
// CHECK-NEXT:    5 cond.h  [#ifdef __USE_A]
// CHECK-NEXT:  6 once.h
// CHECK-NEXT:    2 leaf2.h
// CHECK-NEXT:  7 a.h (skipped: already included)
// CHECK-NEXT:  8 once.h (skipped: already included)
// CHECK-NEXT:  9 b.h
// CHECK-NEXT:    3 a.h (skipped: already included)
// CHECK-NEXT:    4 once.h (skipped: already included)
// CHECK-NEXT:  10 paren.h
// CHECK-NEXT:    3 leaf3.h
// CHECK-NEXT:  11 paren.h (skipped: already included)
// CHECK-NEXT:  12 nodef.h
// CHECK-NEXT:    3 leaf4.h
// CHECK-NEXT:  13 nodef.h (skipped: already included)
// CHECK-NOT:{{.+}}
//
// No guard macro is shown as a condition anywhere.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --check-prefix=NOGUARD
// NOGUARD-NOT: _H]
// NOGUARD-NOT: _H)]
// NOGUARD-NOT: #ifndef

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#define __USE_A 1
#endif
//--- root/usr/include/top.h
#ifndef _TOP_H
#define _TOP_H 1

#include <features.h>
#include <a.h>
#include <once.h>
#include <a.h>
#include <once.h>
#include <b.h>
#include <paren.h>
#include <paren.h>
#include <nodef.h>
#include <nodef.h>

#endif /* _TOP_H */
//--- root/usr/include/a.h
#ifndef _A_H
#define _A_H 1
#include <leaf.h>
#ifdef __USE_A
# include <cond.h>
#endif
#endif
//--- root/usr/include/once.h
#pragma once
#include <leaf2.h>
//--- root/usr/include/b.h
#ifndef _B_H
#define _B_H 1
#include <a.h>
#include <once.h>
#endif
//--- root/usr/include/paren.h
#if !defined(_PAREN_H) /* the guard */
#define _PAREN_H
#include <leaf3.h>
#endif
//--- root/usr/include/nodef.h
#if !defined _NODEF_H // the guard
#define _NODEF_H
#include <leaf4.h>
#endif
//--- root/usr/include/leaf.h
#ifndef _LEAF_H
#define _LEAF_H
#endif
//--- root/usr/include/leaf2.h
#ifndef _LEAF2_H
#define _LEAF2_H
#endif
//--- root/usr/include/leaf3.h
#ifndef _LEAF3_H
#define _LEAF3_H
#endif
//--- root/usr/include/leaf4.h
#ifndef _LEAF4_H
#define _LEAF4_H
#endif
//--- root/usr/include/cond.h
#ifndef _COND_H
#define _COND_H
#endif
