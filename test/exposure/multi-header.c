// Several headers are one translation unit (`#include <a.h>` then
// `#include <b.h>`, in the order given): the heading names them all, each
// name's chain starts at the named header that brought it in, a header's
// own declarations have no chain, and a header both reach is credited to
// the first one that entered it (its include guard skips the second).
// Being one unit, what a later header does to an earlier one's macros
// counts: b.h #undefs a.h's SHARED_MACRO.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{exposure} = %hstack exposure --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu
//
// RUN: %{exposure} a.h b.h | FileCheck %s --check-prefix=AB --match-full-lines --strict-whitespace
// AB:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): a.h b.h [default mode]
// AB-NEXT:  function             a_fn                             a.h:5
// AB-NEXT:  function             b_fn                             b.h:7
// AB-NEXT:  function             b_impl_fn                        sub/b_impl.h:1  via b.h:4 -> sub/b_impl.h
// AB-NEXT:  function             common_fn                        common.h:3  via a.h:4 -> common.h
// AB-NEXT:  4 names (6 reserved names not listed; --reserved lists them)
// AB-NOT:{{.+}}
//
// The other order: common.h now comes through b.h, and SHARED_MACRO is
// defined after b.h's #undef, so it is exposed.
// RUN: %{exposure} b.h a.h | FileCheck %s --check-prefix=BA --match-full-lines --strict-whitespace
// BA:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): b.h a.h [default mode]
// BA-NEXT:  macro                SHARED_MACRO                     a.h:6
// BA-NEXT:  function             a_fn                             a.h:5
// BA-NEXT:  function             b_fn                             b.h:7
// BA-NEXT:  function             b_impl_fn                        sub/b_impl.h:1  via b.h:4 -> sub/b_impl.h
// BA-NEXT:  function             common_fn                        common.h:3  via b.h:5 -> common.h
// BA-NEXT:  5 names (6 reserved names not listed; --reserved lists them)
// BA-NOT:{{.+}}
//
// In JSON there is one exposure for the unit, its "headers" the names
// joined, and the chain's first step is the named header.
// RUN: %{exposure} --format json a.h b.h | FileCheck %s --check-prefix=JSON
// JSON:      "headers": "a.h b.h",
// JSON:      "name": "common_fn",
// JSON:      "chain": [
// JSON-NEXT:   {
// JSON-NEXT:     "header": "a.h",
// JSON-NEXT:     "path": "{{.*}}/root/usr/include/a.h",
// JSON-NEXT:     "line": 4
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "header": "common.h",
// JSON-NEXT:     "path": "{{.*}}/root/usr/include/common.h",
// JSON-NEXT:     "line": 0
// JSON-NEXT:   }
// JSON-NEXT: ]
// RUN: %{exposure} --format json a.h b.h | grep -c '"headers":' | FileCheck %s --check-prefix=ONE
// ONE: {{^1$}}

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- root/usr/include/a.h
#ifndef _A_H
#define _A_H 1
#include <features.h>
#include <common.h>
extern int a_fn (void);
#define SHARED_MACRO 1
#endif
//--- root/usr/include/b.h
#ifndef _B_H
#define _B_H 1
#include <features.h>
#include <sub/b_impl.h>
#include <common.h>
#undef SHARED_MACRO
extern int b_fn (void);
#endif
//--- root/usr/include/sub/b_impl.h
extern int b_impl_fn (void);
//--- root/usr/include/common.h
#ifndef _COMMON_H
#define _COMMON_H 1
extern int common_fn (void);
#endif
