// Conditions around #includes: nested #if/#elif/#else/#ifdef/#ifndef/
// #elifdef, a multi-line #if with backslash continuations and comments (shown
// folded onto one line, comments removed), and "#else of ..." for else
// branches. Includes in false branches are not in the tree; -D and -U after
// `--` change which branches are taken.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --match-full-lines --strict-whitespace
// DEFAULT:top.h
// DEFAULT-NEXT:  4 features.h
// DEFAULT-NEXT:  9 nognu.h  [#else of #ifdef __USE_GNU]
// DEFAULT-NEXT:  16 extra.h  [#if defined __USE_MISC && (!defined __STRICT_ANSI__ || defined __USE_XOPEN2K8)] [#ifndef __NO_EXTRA]
// DEFAULT-NEXT:  18 misc.h  [#if defined __USE_MISC && (!defined __STRICT_ANSI__ || defined __USE_XOPEN2K8)]
// DEFAULT-NEXT:  26 level0.h  [#else of #elif LEVEL >= 1]
// DEFAULT-NEXT:  45 arch64.h  [#ifdef __x86_64__]
// DEFAULT-NEXT:  50 always.h
// DEFAULT-NOT:{{.+}}
//
// Includes in false branches never appear.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   | FileCheck %s --check-prefix=FALSE
// FALSE-NOT: {{[0-9]+}} gnu.h
// FALSE-NOT: never.h
// FALSE-NOT: level1.h
// FALSE-NOT: level2.h
// FALSE-NOT: ab.h
// FALSE-NOT: ac.h
// FALSE-NOT: ad.h
// FALSE-NOT: arch32.h
//
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   -- -D_GNU_SOURCE -DLEVEL=2 -DA -DB -D__NO_EXTRA -U__x86_64__ \
// RUN:   | FileCheck %s --check-prefix=GNU --match-full-lines --strict-whitespace
// GNU:top.h
// GNU-NEXT:  4 features.h
// GNU-NEXT:  7 gnu.h  [#ifdef __USE_GNU]
// GNU-NEXT:  18 misc.h  [#if defined __USE_MISC && (!defined __STRICT_ANSI__ || defined __USE_XOPEN2K8)]
// GNU-NEXT:  22 level2.h  [#if LEVEL >= 2]
// GNU-NEXT:  35 ab.h  [#if defined A && defined B]
// GNU-NEXT:  47 arch32.h  [#else of #ifdef __x86_64__]
// GNU-NEXT:  50 always.h
// GNU-NOT:{{.+}}
//
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   -- -DLEVEL=1 -DA -DC | FileCheck %s --check-prefix=ELIF --match-full-lines --strict-whitespace
// ELIF:  24 level1.h  [#elif LEVEL >= 1]
// ELIF-NEXT:  38 ac.h  [#elif defined A] [#if defined C]
// ELIF-NEXT:  45 arch64.h  [#ifdef __x86_64__]
//
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   -- -DA -DD | FileCheck %s --check-prefix=ELIFDEF --match-full-lines --strict-whitespace
// ELIFDEF:  26 level0.h  [#else of #elif LEVEL >= 1]
// ELIFDEF-NEXT:  40 ad.h  [#elif defined A] [#elifdef D]
// ELIFDEF-NEXT:  45 arch64.h  [#ifdef __x86_64__]
//
// -std=c11 defines __STRICT_ANSI__, so features.h leaves __USE_MISC off.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   -- -std=c11 | FileCheck %s --check-prefix=STRICT --match-full-lines --strict-whitespace
// STRICT:  9 nognu.h  [#else of #ifdef __USE_GNU]
// STRICT-NEXT:  26 level0.h  [#else of #elif LEVEL >= 1]
//
// A condition that starts with a built-in function-like macro
// (__has_include, __has_builtin, __has_attribute, __has_feature) is shown
// whole, as written.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu has.h \
// RUN:   | FileCheck %s --check-prefix=HAS --match-full-lines --strict-whitespace
// HAS:has.h
// HAS-NEXT:  2 always.h  [#if __has_include("always.h")]
// HAS-NEXT:  5 always.h  [#if __has_include(<always.h>) && !defined __NO_SUCH]
// HAS-NEXT:  8 gnu.h  [#if __has_builtin(__builtin_expect)]
// HAS-NEXT:  12 nognu.h  [#elif __has_attribute(__nonnull__)]
// HAS-NEXT:  15 misc.h  [#if __has_feature(c_alignas) || defined __USE_GNU]
// HAS-NOT:{{.+}}

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#ifdef _GNU_SOURCE
# define __USE_GNU 1
# define __USE_XOPEN2K8 1
#endif
#if !defined __STRICT_ANSI__ || defined _GNU_SOURCE
# define __USE_MISC 1
#endif
#endif
//--- root/usr/include/has.h
#if __has_include("always.h")
# include "always.h"
#endif
#if __has_include(<always.h>) && !defined __NO_SUCH
# include <always.h>
#endif
#if __has_builtin(__builtin_expect)
# include <gnu.h>
#endif
#if __has_builtin(__no_such_builtin)
#elif __has_attribute(__nonnull__)
# include <nognu.h>
#endif
#if __has_feature(c_alignas) || defined __USE_GNU
# include <misc.h>
#endif
//--- root/usr/include/top.h
#ifndef _TOP_H
#define _TOP_H 1

#include <features.h>

#ifdef __USE_GNU
# include <gnu.h>
#else
# include <nognu.h>
#endif

#if defined __USE_MISC /* BSD and SVID */ \
    && (!defined __STRICT_ANSI__ \
	|| defined __USE_XOPEN2K8)   // either way
# ifndef __NO_EXTRA
#  include <extra.h>
# endif
# include <misc.h>
#endif

#if LEVEL >= 2
# include <level2.h>
#elif LEVEL >= 1
# include <level1.h>
#else
# include <level0.h>
#endif

#if 0
# include <never.h>
#endif

#if defined A /* a comment that
		 spans two lines */ && defined B
# include <ab.h>
#elif defined A
# if defined C
#  include <ac.h>
# elifdef D
#  include <ad.h>
# endif
#endif

#ifdef __x86_64__
# include <arch64.h>
#else
# include <arch32.h>
#endif

#include <always.h>

#endif /* _TOP_H */
//--- root/usr/include/gnu.h
/* gnu.h */
//--- root/usr/include/nognu.h
/* nognu.h */
//--- root/usr/include/extra.h
/* extra.h */
//--- root/usr/include/misc.h
/* misc.h */
//--- root/usr/include/level2.h
/* level2.h */
//--- root/usr/include/level1.h
/* level1.h */
//--- root/usr/include/level0.h
/* level0.h */
//--- root/usr/include/never.h
/* never.h */
//--- root/usr/include/ab.h
/* ab.h */
//--- root/usr/include/ac.h
/* ac.h */
//--- root/usr/include/ad.h
/* ad.h */
//--- root/usr/include/arch64.h
/* arch64.h */
//--- root/usr/include/arch32.h
/* arch32.h */
//--- root/usr/include/always.h
/* always.h */
