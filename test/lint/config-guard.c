// A finding inside a branch chosen by the build configuration (a HAVE_*
// macro from config.h or -D) says so: configure made that choice for the
// host, and on the affected targets it must choose the other branch. The
// guard is in JSON as "config_guard". Macros the compiler or the libc
// predefines (__linux__, __GLIBC__) are not configure-time choices.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps src/header.c -- \
// RUN:   | FileCheck %s --check-prefix=HEADER --match-full-lines
// HEADER:      src/header.c:3:1: error: <error.h> does not exist on musl-unknown:x86_64 [hstack-unavailable-api]
// HEADER-NEXT: src/header.c:3:1: note: affects musl-unknown:x86_64; fine on glibc-2.36:x86_64
// HEADER-NEXT: src/header.c:3:1: note: musl-unknown:x86_64: breaks: <error.h> does not exist on musl-unknown:x86_64
// HEADER-NEXT: src/header.c:3:1: note: this code is under HAVE_ERROR_H (config.h), a configure-time choice made for the host; on the affected targets configure must choose the other branch
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps src/header.c -- \
// RUN:   | FileCheck %s --check-prefix=HEADER-JSON
// HEADER-JSON: "config_guard": "HAVE_ERROR_H (config.h)",
//
// The same macro from the command line.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps src/cmdline.c -- -DHAVE_ERROR_H=1 \
// RUN:   | FileCheck %s --check-prefix=CMDLINE
// CMDLINE: "config_guard": "HAVE_ERROR_H (<command line>)",
//
// A compiler predefine is not a configure-time guard.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps src/linux.c -- \
// RUN:   | FileCheck %s --check-prefix=PREDEF
// PREDEF: "config_guard": "",

// The same in one of the package's headers (kbd's libcommon.h: `#ifdef
// ENABLE_NLS` / `#include <libintl.h>`); the header's own include guard
// is not a configure choice.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps src/own.c -- \
// RUN:   | FileCheck %s --check-prefix=OWN --match-full-lines
// OWN:      src/errors.h:4:1: error: <error.h> does not exist on musl-unknown:x86_64 [hstack-unavailable-api]
// OWN:      src/errors.h:4:1: note: this code is under HAVE_ERROR_H (config.h), a configure-time choice made for the host; on the affected targets configure must choose the other branch
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps src/guarded.c -- \
// RUN:   | FileCheck %s --check-prefix=GUARD
// GUARD: "config_guard": "",

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/error.h
void error(int, int, const char *, ...);
//--- m/usr/include/bits/alltypes.h
typedef unsigned long size_t;
//--- m/usr/include/stdio.h
#include <bits/alltypes.h>
//--- src/config.h
#define HAVE_ERROR_H 1
//--- src/header.c
#include "config.h"
#ifdef HAVE_ERROR_H
#include <error.h>
#endif
int x;
//--- src/cmdline.c
#ifdef HAVE_ERROR_H
#include <error.h>
#endif
int x;
//--- src/linux.c
#if defined(__linux__)
#include <error.h>
#endif
int x;
//--- src/errors.h
#ifndef ERRORS_H
#define ERRORS_H
#ifdef HAVE_ERROR_H
#include <error.h>
#endif
#endif
//--- src/own.c
#include "config.h"
#include "errors.h"
int x;
//--- src/guarded.h
#ifndef GUARDED_H
#define GUARDED_H
#include <error.h>
#endif
//--- src/guarded.c
#include "guarded.h"
int x;
