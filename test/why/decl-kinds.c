// `why --from X IDENTIFIER` finds file-scope declarations of every kind,
// each with its chain and a `header:line: kind: text` line: a typedef, a
// struct tag (both its first mention in a typedef and its definition), a
// union tag, an enum tag, enumerators (with and without a value), a
// variable, a function. Struct members are not file-scope names.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{why} = %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h
//
// RUN: %{why} FILE | FileCheck %s --check-prefix=TYPEDEF --match-full-lines --strict-whitespace
// TYPEDEF:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): FILE from top.h
// TYPEDEF-NEXT:  top.h:4 -> kinds.h
// TYPEDEF-NEXT:    kinds.h:6: typedef: typedef struct _IO_FILE FILE
// TYPEDEF-NOT:{{.+}}
//
// RUN: %{why} _IO_FILE | FileCheck %s --check-prefix=STRUCT --match-full-lines --strict-whitespace
// STRUCT:  top.h:4 -> kinds.h
// STRUCT-NEXT:    kinds.h:6: struct: struct _IO_FILE
// STRUCT-NEXT:  top.h:4 -> kinds.h
// STRUCT-NEXT:    kinds.h:7: struct: struct _IO_FILE { int _flags; char *_IO_read_ptr; }
// STRUCT-NOT:{{.+}}
//
// RUN: %{why} wait_status | FileCheck %s --check-prefix=UNION --match-full-lines --strict-whitespace
// UNION:    kinds.h:11: union: union wait_status { int w_status; struct { unsigned int w_termsig : 7; } w_t; }
//
// RUN: %{why} color | FileCheck %s --check-prefix=ENUM --match-full-lines --strict-whitespace
// ENUM:  top.h:4 -> kinds.h
// ENUM-NEXT:    kinds.h:12: enum: enum color { RED = 1, GREEN, BLUE = 4 }
// ENUM-NOT:{{.+}}
//
// RUN: %{why} RED | FileCheck %s --check-prefix=RED --match-full-lines --strict-whitespace
// RED:  top.h:4 -> kinds.h
// RED-NEXT:    kinds.h:12: enumerator: RED = 1
// RED-NOT:{{.+}}
// RUN: %{why} GREEN | FileCheck %s --check-prefix=GREEN --match-full-lines --strict-whitespace
// GREEN:    kinds.h:12: enumerator: GREEN
// Enumerators of an enum declared on several lines: each on its own line.
// RUN: %{why} SEEK_END | FileCheck %s --check-prefix=SEEK --match-full-lines --strict-whitespace
// SEEK:  top.h:4 -> kinds.h
// SEEK-NEXT:    kinds.h:16: enumerator: SEEK_END = 2
//
// RUN: %{why} errno_value | FileCheck %s --check-prefix=VAR --match-full-lines --strict-whitespace
// VAR:    kinds.h:18: variable: extern int errno_value
//
// RUN: %{why} strlen | FileCheck %s --check-prefix=FUNC --match-full-lines --strict-whitespace
// FUNC:  top.h:4 -> kinds.h
// FUNC-NEXT:    kinds.h:19: function: extern size_t strlen (const char *__s)
// FUNC-NOT:{{.+}}
//
// A typedef one level deeper: the chain has all the steps.
// RUN: %{why} size_t | FileCheck %s --check-prefix=DEEPER --match-full-lines --strict-whitespace
// DEEPER:  top.h:4 -> kinds.h:3 -> sys/types.h
// DEEPER-NEXT:    sys/types.h:3: typedef: typedef unsigned long size_t
// DEEPER-NOT:{{.+}}
//
// A struct member is not a file-scope name.
// RUN: %{why} w_status | FileCheck %s --check-prefix=MEMBER
// MEMBER: w_status is not reachable from top.h on glibc-2.36:x86_64
//
// When FROM is the declaring header, the chain is that header alone.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from kinds.h strlen \
// RUN:   | FileCheck %s --check-prefix=SELF --match-full-lines --strict-whitespace
// SELF:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): strlen from kinds.h
// SELF-NEXT:  kinds.h
// SELF-NEXT:    kinds.h:19: function: extern size_t strlen (const char *__s)

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
#include <kinds.h>
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

/* The FILE type, as stdio.h declares it.  */
typedef struct _IO_FILE FILE;
struct _IO_FILE {
  int _flags;
  char *_IO_read_ptr;
};
union wait_status { int w_status; struct { unsigned int w_termsig : 7; } w_t; };
enum color { RED = 1, GREEN, BLUE = 4 };
enum {
  SEEK_SET = 0,
  SEEK_CUR = 1,
  SEEK_END = 2
};
extern int errno_value;
extern size_t strlen (const char *__s);
#endif
