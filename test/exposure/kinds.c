// `exposure` lists every name a header makes visible, one line per name:
// kind, name, `header:line` of the definition in force, and the include
// chain from the named header (no chain for its own declarations). Every
// kind is covered: function, variable, typedef, struct, union, enum,
// enumerator, object-like and function-like macro. Names are sorted; a
// struct tag and a function of the same name live in different namespaces
// and are both listed. Declarations in a false #ifdef branch are not names.
//
// Macros: only a definition still in force at the end of the translation
// unit counts. An #undef'd macro is gone; a redefined one is listed at its
// last definition; #pragma push_macro/pop_macro brings the first one back.
// Ordinary declarations: the first declaration wins (strlen).
//
// Reserved names (_X..., __x...) are counted but not listed by default;
// --reserved lists them, marked. `_lower_ok` is not reserved.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{exposure} = %hstack exposure --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu
//
// RUN: %{exposure} top.h | FileCheck %s --match-full-lines --strict-whitespace
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): top.h [default mode]
// CHECK-NEXT:  macro                BUFSIZ                           top.h:8
// CHECK-NEXT:  function-like macro  MIN                              bits/kinds.h:16  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  macro                PUSHED                           bits/kinds.h:15  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  enumerator           P_ALL                            bits/kinds.h:6  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  enumerator           P_PID                            bits/kinds.h:6  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  macro                TWICE                            top.h:14
// CHECK-NEXT:  function             _lower_ok                        bits/kinds.h:9  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  variable             errno_value                      bits/kinds.h:7  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  enum                 idtype                           bits/kinds.h:6  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  union                sigval                           bits/kinds.h:5  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  typedef              size_t                           bits/kinds.h:3  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  function             stat                             top.h:21
// CHECK-NEXT:  struct               stat                             bits/kinds.h:4  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  function             strlen                           bits/kinds.h:8  via top.h:4 -> bits/kinds.h
// CHECK-NEXT:  14 names (8 reserved names not listed; --reserved lists them)
// CHECK-NOT:{{.+}}
//
// What must not be there, checked on its own so a regression names itself.
// RUN: %{exposure} top.h | FileCheck %s --check-prefix=GONE
// GONE-NOT: SCRATCH
// GONE-NOT: never_declared
// GONE-NOT: __internal_fn
// GONE-NOT: [reserved]
//
// --reserved: the same names plus the reserved ones (include guards,
// __GLIBC__, a reserved typedef, function and macro), marked, and no count
// of hidden names.
// RUN: %{exposure} --reserved top.h | FileCheck %s --check-prefix=RES --match-full-lines --strict-whitespace
// RES:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): top.h [default mode]
// RES:  macro                TWICE                            top.h:14
// RES-NEXT:  macro                _BITS_KINDS_H                    bits/kinds.h:2 [reserved]  via top.h:4 -> bits/kinds.h
// RES-NEXT:  macro                _FEATURES_H                      features.h:2 [reserved]  via top.h:3 -> features.h
// RES-NEXT:  typedef              _Reserved_t                      bits/kinds.h:11 [reserved]  via top.h:4 -> bits/kinds.h
// RES-NEXT:  macro                _TOP_H                           top.h:2 [reserved]
// RES-NEXT:  macro                __GLIBC_MINOR__                  features.h:4 [reserved]  via top.h:3 -> features.h
// RES-NEXT:  macro                __GLIBC__                        features.h:3 [reserved]  via top.h:3 -> features.h
// RES-NEXT:  macro                __RESERVED_MACRO                 bits/kinds.h:17 [reserved]  via top.h:4 -> bits/kinds.h
// RES-NEXT:  function             __internal_fn                    bits/kinds.h:10 [reserved]  via top.h:4 -> bits/kinds.h
// RES-NEXT:  function             _lower_ok                        bits/kinds.h:9  via top.h:4 -> bits/kinds.h
// RES:  function             strlen                           bits/kinds.h:8  via top.h:4 -> bits/kinds.h
// RES-NEXT:  22 names
// RES-NOT:{{.+}}
//
// More shapes of C declaration, one level deeper: an anonymous enum's
// enumerator (and no nameless enum), a forward-declared struct, a typedef of
// an anonymous struct (no struct line), a struct declared inside another
// (a file-scope tag in C), several declarators in one declaration. A name
// first declared deeper keeps that first place (struct stat).
// RUN: %{exposure} extra.h | FileCheck %s --check-prefix=SHAPES --match-full-lines --strict-whitespace
// SHAPES:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): extra.h [default mode]
// SHAPES-NEXT:  enumerator           ANON_CONST                       extra.h:2
// SHAPES-NEXT:  macro                BUFSIZ                           top.h:8  via extra.h:1 -> top.h
// SHAPES:  macro                TWICE                            top.h:14  via extra.h:1 -> top.h
// SHAPES-NEXT:  function             _lower_ok                        bits/kinds.h:9  via extra.h:1 -> top.h:4 -> bits/kinds.h
// SHAPES-NEXT:  variable             counter                          extra.h:8
// SHAPES-NEXT:  variable             counter_ptr                      extra.h:8
// SHAPES-NEXT:  typedef              div_t                            extra.h:4
// SHAPES-NEXT:  variable             errno_value                      bits/kinds.h:7  via extra.h:1 -> top.h:4 -> bits/kinds.h
// SHAPES-NEXT:  enum                 idtype                           bits/kinds.h:6  via extra.h:1 -> top.h:4 -> bits/kinds.h
// SHAPES-NEXT:  struct               inner                            extra.h:6
// SHAPES-NEXT:  function             make_opaque                      extra.h:7
// SHAPES-NEXT:  function             make_other                       extra.h:7
// SHAPES-NEXT:  struct               opaque                           extra.h:3
// SHAPES-NEXT:  struct               outer                            extra.h:6
// SHAPES-NEXT:  union                sigval                           bits/kinds.h:5  via extra.h:1 -> top.h:4 -> bits/kinds.h
// SHAPES-NEXT:  typedef              size_t                           bits/kinds.h:3  via extra.h:1 -> top.h:4 -> bits/kinds.h
// SHAPES-NEXT:  function             stat                             top.h:21  via extra.h:1 -> top.h
// SHAPES-NEXT:  struct               stat                             bits/kinds.h:4  via extra.h:1 -> top.h:4 -> bits/kinds.h
// SHAPES-NEXT:  function             strlen                           bits/kinds.h:8  via extra.h:1 -> top.h:4 -> bits/kinds.h
// SHAPES-NEXT:  23 names (8 reserved names not listed; --reserved lists them)
// SHAPES-NOT:{{.+}}

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
#include <bits/kinds.h>

/* Redefined: bits/kinds.h said 1024.  */
#undef BUFSIZ
#define BUFSIZ 8192

/* Gone again before the end of the translation unit.  */
#undef SCRATCH

/* Defined twice to the same thing: the later definition is in force.  */
#define TWICE 2

#pragma push_macro("PUSHED")
#undef PUSHED
#define PUSHED 2
#pragma pop_macro("PUSHED")

extern int stat (const char *__file, struct stat *__buf);
extern size_t strlen (const char *__s);
#endif
//--- root/usr/include/bits/kinds.h
#ifndef _BITS_KINDS_H
#define _BITS_KINDS_H 1
typedef unsigned long size_t;
struct stat { long st_size; };
union sigval { int sival_int; void *sival_ptr; };
enum idtype { P_ALL, P_PID = 1 };
extern int errno_value;
extern size_t strlen (const char *__s);
static inline int _lower_ok (void) { return 0; }
extern int __internal_fn (void);
typedef int _Reserved_t;
#define BUFSIZ 1024
#define SCRATCH 1
#define TWICE 2
#define PUSHED 1
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define __RESERVED_MACRO 1
#ifdef __USE_NEVER
extern int never_declared (void);
#endif
#endif
//--- root/usr/include/extra.h
#include <top.h>
enum { ANON_CONST = 3 };
struct opaque;
typedef struct { int quot; } div_t;
struct stat;
struct outer { struct inner { int i; } in; };
extern struct opaque *make_opaque (void), *make_other (void);
int counter, *counter_ptr;
