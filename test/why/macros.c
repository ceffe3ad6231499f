// `why` finds macro definitions: object-like (`macro`) and function-like
// (`function-like macro`), with the #define text (continuation lines folded,
// comments removed). A macro defined only in a false branch, or only on the
// command line, is not reachable from the header. A name that is both a
// function and a macro is listed twice, in line order.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{why} = %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from stdio.h
//
// RUN: %{why} BUFSIZ | FileCheck %s --check-prefix=OBJ --match-full-lines --strict-whitespace
// OBJ:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): BUFSIZ from stdio.h
// OBJ-NEXT:  stdio.h:4 -> bits/stdio_lim.h
// OBJ-NEXT:    bits/stdio_lim.h:2: macro: #define BUFSIZ 8192
// OBJ-NOT:{{.+}}
//
// RUN: %{why} __MAX | FileCheck %s --check-prefix=FN --match-full-lines --strict-whitespace
// FN:  stdio.h
// FN-NEXT:    stdio.h:6: function-like macro: #define __MAX(a, b) ((a) > (b) ? (a) : (b))
// FN-NOT:{{.+}}
//
// Continuation lines and comments.
// RUN: %{why} __ONCE | FileCheck %s --check-prefix=MULTI --match-full-lines --strict-whitespace
// MULTI:    stdio.h:8: function-like macro: #define __ONCE(x) do { if (!(x)) (x) = 1; } while (0)
// RUN: %{why} FOPEN_MAX | FileCheck %s --check-prefix=COMMENT --match-full-lines --strict-whitespace
// COMMENT:    bits/stdio_lim.h:3: macro: #define FOPEN_MAX 16
//
// getc is a function and a macro in the same header: both, by line.
// RUN: %{why} getc | FileCheck %s --check-prefix=BOTH --match-full-lines --strict-whitespace
// BOTH:  stdio.h
// BOTH-NEXT:    stdio.h:14: function: extern int getc (void *__stream)
// BOTH-NEXT:  stdio.h
// BOTH-NEXT:    stdio.h:15: function-like macro: #define getc(fp) _IO_getc (fp)
// BOTH-NOT:{{.+}}
//
// Only in a false branch: not reachable; with -D_GNU_SOURCE it is.
// RUN: %{why} P_tmpdir | FileCheck %s --check-prefix=FALSE
// FALSE: P_tmpdir is not reachable from stdio.h on glibc-2.36:x86_64
// RUN: %{why} P_tmpdir -- -D_GNU_SOURCE | FileCheck %s --check-prefix=TRUE --match-full-lines --strict-whitespace
// TRUE:    bits/stdio_lim.h:5: macro: #define P_tmpdir "/tmp"
//
// A command-line macro is not declared by any header.
// RUN: %{why} MY_FLAG -- -DMY_FLAG=1 | FileCheck %s --check-prefix=CMDLINE
// CMDLINE: MY_FLAG is not reachable from stdio.h on glibc-2.36:x86_64

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
#endif
//--- root/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/stdio_lim.h>

#define __MAX(a, b) ((a) > (b) ? (a) : (b))

#define __ONCE(x)   \
  do {              \
    if (!(x))       \
      (x) = 1;      \
  } while (0)

extern int getc (void *__stream);
#define getc(fp) _IO_getc (fp)
#endif
//--- root/usr/include/bits/stdio_lim.h
/* bits/stdio_lim.h */
#define BUFSIZ 8192
#define FOPEN_MAX /* at least 8 */ 16 // per process
#ifdef __USE_GNU
# define P_tmpdir "/tmp"
#endif
