// __need_X partial includes, the way <stddef.h> and <signal.h> are used: an
// unguarded header is entered again for every #include (never shown as
// skipped), and what each entry includes depends on which __need_X the
// includer defined just before. Each #include inside it carries the
// condition that selected it (#if, #ifdef, #elif), so the instances differ,
// and `(with __need_X ...)` shows the __need_ macros in force wherever that
// set changes (the last, bare entry defines its own defaults).
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): top.h
// CHECK-NEXT:top.h
// CHECK-NEXT:  4 features.h
// CHECK-NEXT:  7 need.h (with __need_size_t)
// CHECK-NEXT:    13 bits/size_t.h  [#if defined __need_size_t && !defined __size_t_defined]
// CHECK-NEXT:  10 need.h (with __need_NULL)
// CHECK-NEXT:    18 bits/null.h  [#ifdef __need_NULL]
// CHECK-NEXT:  13 need.h (with __need_wint_t)
// CHECK-NEXT:    26 bits/wint_t.h  [#elif defined __need_wint_t]
// CHECK-NEXT:  16 need.h (with __need_wchar_t)
// CHECK-NEXT:    24 bits/wchar_t.h  [#if defined __need_wchar_t]
// CHECK-NEXT:  18 need.h
// CHECK-NEXT:    18 bits/null.h (skipped: already included) (with __need_NULL __need_wchar_t)  [#ifdef __need_NULL]
// CHECK-NEXT:    24 bits/wchar_t.h (skipped: already included) (with __need_wchar_t)  [#if defined __need_wchar_t]
// CHECK-NOT:{{.+}}
//
// need.h is never treated as guarded: none of its entries is skipped.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --check-prefix=UNGUARDED
// UNGUARDED-NOT: need.h (skipped
//
// -D__size_t_defined on the command line suppresses the first part.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h -- -D__size_t_defined \
// RUN:   | FileCheck %s --check-prefix=PREDEF
// PREDEF:      7 need.h (with __need_size_t)
// PREDEF-NEXT:  10 need.h (with __need_NULL)
// PREDEF-NOT:  size_t.h

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

#define __need_size_t
#include <need.h>

#define __need_NULL
#include <need.h>

#define __need_wint_t
#include <need.h>

#define __need_wchar_t
#include <need.h>

#include <need.h>

#endif
//--- root/usr/include/need.h
/* Definitions of a few basic types, part by part.  No include guard: each
   includer says which part it wants with __need_X, and gets only that; with
   no __need_X at all, it gets NULL and wchar_t.  */
#if !defined __need_size_t && !defined __need_NULL \
    && !defined __need_wchar_t && !defined __need_wint_t
# define __need_NULL
# define __need_wchar_t
#endif


#if defined __need_size_t && !defined __size_t_defined
# define __size_t_defined
# include <bits/size_t.h>
#endif
#undef __need_size_t

#ifdef __need_NULL
# include <bits/null.h>
#endif
#undef __need_NULL

/* Only one of the wide character types at a time.  */
#if defined __need_wchar_t
# include <bits/wchar_t.h>
#elif defined __need_wint_t
# include <bits/wint_t.h>
#endif
#undef __need_wchar_t
#undef __need_wint_t
//--- root/usr/include/bits/size_t.h
#ifndef _BITS_SIZE_T_H
#define _BITS_SIZE_T_H 1
typedef unsigned long size_t;
#endif
//--- root/usr/include/bits/null.h
#ifndef _BITS_NULL_H
#define _BITS_NULL_H 1
#define NULL ((void *) 0)
#endif
//--- root/usr/include/bits/wchar_t.h
#ifndef _BITS_WCHAR_T_H
#define _BITS_WCHAR_T_H 1
typedef int wchar_t;
#endif
//--- root/usr/include/bits/wint_t.h
#ifndef _BITS_WINT_T_H
#define _BITS_WINT_T_H 1
typedef unsigned int wint_t;
#endif
