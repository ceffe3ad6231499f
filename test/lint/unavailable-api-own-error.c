// unavailable-api: the package's own #error, reached on some targets
// because the branches before it test libc macros (gnulib's fseeko.c,
// fseterr.c, fpurge.c: glibc's _IO_EOF_SEEN, __UCLIBC__, ... and
// "Please port gnulib ... to your platform!" otherwise). Three fake libcs:
// glibc defines __GLIBC__ and _IO_EOF_SEEN, uClibc-ng __UCLIBC__, musl
// neither. Before, the #error was a compile-error "no check explains".
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/port.c src/refuse.c src/config.c -- > %t/out.txt
// RUN: FileCheck %s --input-file %t/out.txt --match-full-lines
//
// The chain falls through to #error on musl only; each target that gets
// past it says which branch it takes and which libc macros decided.
// CHECK:      src/config.c:2:2: error: fails to compile for a reason no check explains: "configure first" (on every target) [hstack-compile-error]
// CHECK:      src/port.c:12:4: error: the file reaches its own #error on musl-unknown:x86_64: the branches before it test libc macros that decide differently there (_IO_EOF_SEEN) [hstack-unavailable-api]
// CHECK-NEXT: src/port.c:12:4: note: affects musl-unknown:x86_64; fine on glibc-2.36:x86_64, uclibc-ng-1.0.45:x86_64
// CHECK-NEXT: src/port.c:12:4: note: musl-unknown:x86_64: breaks: #error "Please port port.c to your platform!" (musl unknown defines none of _IO_EOF_SEEN, __UCLIBC__)
// CHECK-NEXT: src/port.c:12:4: note: glibc-2.36:x86_64: takes `#if defined _IO_EOF_SEEN` (line 3): _IO_EOF_SEEN from <stdio.h>
// CHECK-NEXT: src/port.c:12:4: note: uclibc-ng-1.0.45:x86_64: takes `#elif defined __UCLIBC__` (line 7): __UCLIBC__ from <features.h>
//
// A target's own macro can be what refuses it.
// CHECK:      src/refuse.c:4:2: error: the file reaches its own #error on uclibc-ng-1.0.45:x86_64: the branches before it test libc macros that decide differently there (__UCLIBC__) [hstack-unavailable-api]
// CHECK-NEXT: src/refuse.c:4:2: note: affects uclibc-ng-1.0.45:x86_64; fine on glibc-2.36:x86_64, musl-unknown:x86_64
// CHECK-NEXT: src/refuse.c:4:2: note: uclibc-ng-1.0.45:x86_64: breaks: #error "uClibc lacks what we need" (uclibc-ng 1.0.45 defines __UCLIBC__)
// CHECK-NEXT: src/refuse.c:4:2: note: glibc-2.36:x86_64: skips `#ifdef __UCLIBC__` (line 3): no __UCLIBC__
// CHECK-NEXT: src/refuse.c:4:2: note: musl-unknown:x86_64: skips `#ifdef __UCLIBC__` (line 3): no __UCLIBC__
//
// A branch on the build's own configuration fails everywhere alike: not
// the libc's doing, left to compile-error (above).
// CHECK:      hstack: src/config.c: compile-error 1
// CHECK-NEXT: hstack: src/port.c: unavailable-api 1
// CHECK-NEXT: hstack: src/refuse.c: unavailable-api 1
// CHECK-NEXT: hstack: 3 files, 3 targets (glibc-2.36:x86_64, musl-unknown:x86_64, uclibc-ng-1.0.45:x86_64); 3 findings (compile-error 1, unavailable-api 2); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline

// The same #error in one of the package's headers.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/useport.c -- | FileCheck %s --check-prefix=HDR --match-full-lines
// HDR:      src/port.h:7:2: error: the file reaches its own #error on musl-unknown:x86_64: the branches before it test libc macros that decide differently there (_IO_EOF_SEEN) [hstack-unavailable-api]
// HDR-NEXT: src/port.h:7:2: note: affects musl-unknown:x86_64; fine on glibc-2.36:x86_64, uclibc-ng-1.0.45:x86_64
// HDR-NEXT: src/port.h:7:2: note: musl-unknown:x86_64: breaks: #error "no stdio internals known here" (musl unknown defines none of _IO_EOF_SEEN, __UCLIBC__)
// HDR-NEXT: src/port.h:7:2: note: glibc-2.36:x86_64: takes `#if defined _IO_EOF_SEEN` (line 2): _IO_EOF_SEEN from <stdio.h>
// HDR-NEXT: src/port.h:7:2: note: uclibc-ng-1.0.45:x86_64: takes `#elif defined __UCLIBC__` (line 4): __UCLIBC__ from <features.h>

// The compiler's own predefines say which arch, not which libc: an
// #error for arches other than x86_64 stays a compile-error on arm64.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple aarch64-linux-gnu --no-host-deps src/arch.c -- \
// RUN:   | FileCheck %s --check-prefix=ARCH
// ARCH:     src/arch.c:3:2: error: fails to compile for a reason no check explains: "x86_64 only" [hstack-compile-error]
// ARCH-NOT: unavailable-api

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
#include <features.h>
#define _IO_EOF_SEEN 0x0010
typedef struct _IO_FILE { int _flags; } FILE;
//--- m/usr/include/bits/alltypes.h
typedef struct _IO_FILE FILE;
//--- m/usr/include/stdio.h
#include <bits/alltypes.h>
struct _IO_FILE { int flags; };
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/stdio.h
#include <features.h>
typedef struct __STDIO_FILE_STRUCT { unsigned short __modeflags; } FILE;
//--- src/port.c
#include <stdio.h>
void seterr(FILE *fp) {
#if defined _IO_EOF_SEEN
  fp->_flags |= 0x20;
#elif defined __sferror
  fp->_flags |= 0x40;
#elif defined __UCLIBC__
  fp->__modeflags |= 0x8;
#elif defined __MINT__
  fp->__eof = 1;
#else
  #error "Please port port.c to your platform!"
#endif
}
//--- src/refuse.c
#include <stdio.h>

#ifdef __UCLIBC__
#error "uClibc lacks what we need"
#endif
int ok;
//--- src/config.c
#ifndef HAVE_CONFIG_H
#error "configure first"
#endif
int x;
//--- src/arch.c
#include <stdio.h>
#if !defined __x86_64__
#error "x86_64 only"
#endif
int x;
//--- src/port.h
#include <stdio.h>
#if defined _IO_EOF_SEEN
# define ERR_FLAG 0x20
#elif defined __UCLIBC__
# define ERR_FLAG 0x8
#else
#error "no stdio internals known here"
#endif
//--- src/useport.c
#include "port.h"
int flag = ERR_FLAG;
