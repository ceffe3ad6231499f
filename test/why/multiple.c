// A name declared in several headers: `why` lists every declaration, each
// with its own chain, in tree order (the order the tree prints the headers:
// an includer before the headers it includes, siblings by line), and by line
// within one header. A guarded header included twice declares once; an
// unguarded one entered twice declares twice (two hits, two chains).
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{why} = %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h
//
// RUN: %{why} abs | FileCheck %s --check-prefix=ABS --match-full-lines --strict-whitespace
// ABS:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): abs from top.h
// ABS-NEXT:  top.h:5 -> zlib.h
// ABS-NEXT:    zlib.h:2: function: extern int abs (int)
// ABS-NEXT:  top.h:6 -> aux.h
// ABS-NEXT:    aux.h:4: function: extern int abs (int __x)
// ABS-NEXT:  top.h:6 -> aux.h:3 -> math.h
// ABS-NEXT:    math.h:2: function: extern int abs (int __i)
// ABS-NOT:{{.+}}
//
// size_t: top.h's own typedef first, then twice from the unguarded
// bits/size_t.h (once per entry), then zlib.h's.
// RUN: %{why} size_t | FileCheck %s --check-prefix=SIZE --match-full-lines --strict-whitespace
// SIZE:  top.h
// SIZE-NEXT:    top.h:4: typedef: typedef unsigned long size_t
// SIZE-NEXT:  top.h:5 -> zlib.h
// SIZE-NEXT:    zlib.h:3: typedef: typedef unsigned long size_t
// SIZE-NEXT:  top.h:5 -> zlib.h:4 -> bits/size_t.h
// SIZE-NEXT:    bits/size_t.h:2: typedef: typedef unsigned long size_t
// SIZE-NEXT:  top.h:6 -> aux.h:5 -> bits/size_t.h
// SIZE-NEXT:    bits/size_t.h:2: typedef: typedef unsigned long size_t
// SIZE-NOT:{{.+}}
//
// A macro defined, #undef'd and defined again: both definitions.
// RUN: %{why} NULL | FileCheck %s --check-prefix=NULL --match-full-lines --strict-whitespace
// NULL:  top.h:5 -> zlib.h
// NULL-NEXT:    zlib.h:6: macro: #define NULL 0
// NULL-NEXT:  top.h:6 -> aux.h
// NULL-NEXT:    aux.h:7: macro: #define NULL ((void *) 0)
// NULL-NOT:{{.+}}

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
typedef unsigned long size_t;
#include <zlib.h>
#include <aux.h>
#include <zlib.h>
#endif
//--- root/usr/include/zlib.h
#ifndef _ZLIB_H
extern int abs (int);
typedef unsigned long size_t;
#include <bits/size_t.h>
#define _ZLIB_H 1
#define NULL 0
#endif
//--- root/usr/include/aux.h
#ifndef _AUX_H
#define _AUX_H 1
#include <math.h>
extern int abs (int __x);
#include <bits/size_t.h>
#undef NULL
#define NULL ((void *) 0)
#endif
//--- root/usr/include/math.h
#ifndef _MATH_H
extern int abs (int __i);
#define _MATH_H 1
#endif
//--- root/usr/include/bits/size_t.h
/* No guard: a typedef may be repeated in C11.  */
typedef unsigned long size_t;
