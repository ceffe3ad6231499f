// unavailable-api: the file's feature-test macros count wherever they are
// set. `#define _POSIX_C_SOURCE 200809L` at the top of the file selects the
// same mode as `-D_POSIX_C_SOURCE=200809L` on the command line, and a
// function a libc hides in that mode (strdup on a uClibc-ng-like libc that
// declares it only under its XSI/BSD guards) must be explained the same
// way, by unavailable-api, not left to compile-error.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// The macro on the command line: unavailable-api.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps flag.c -- -D_POSIX_C_SOURCE=200809L \
// RUN:   | FileCheck %s --check-prefix=FLAG
// FLAG:     flag.c:2:35: error: {{.*}}'strdup'{{.*}} [hstack-unavailable-api]
// FLAG-NOT: [hstack-compile-error]
// The macro in the file: the same check.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps infile.c -- \
// RUN:   | FileCheck %s --check-prefix=INFILE
// INFILE:     infile.c:3:35: error: {{.*}}'strdup'{{.*}} [hstack-unavailable-api]
// INFILE-NOT: [hstack-compile-error]
// The macro in the package's config.h, included first (autoconf's
// AC_USE_SYSTEM_EXTENSIONS writes _GNU_SOURCE there), or in the main file
// between a package header and the libc's: the same check. (Before, only
// the main file's macros above its first #include counted.)
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps config.c later.c -- \
// RUN:   | FileCheck %s --check-prefix=CONFIG
// CONFIG:     config.c:3:35: error: {{.*}}'strdup'{{.*}} [hstack-unavailable-api]
// CONFIG:     later.c:4:35: error: {{.*}}'strdup'{{.*}} [hstack-unavailable-api]
// CONFIG-NOT: [hstack-compile-error]
// A macro defined after the libc header was read selects nothing.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps after.c -- \
// RUN:   | FileCheck %s --check-prefix=AFTER
// AFTER: hstack: 1 file, 2 targets ({{.*}}); 0 findings; {{.*}}

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#if !defined _POSIX_C_SOURCE || _POSIX_C_SOURCE >= 200809L
# define __USE_XOPEN2K8 1
#endif
//--- g/usr/include/string.h
#include <features.h>
#ifdef __USE_XOPEN2K8
char *strdup(const char *);
#endif
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
#ifndef _POSIX_C_SOURCE
# define __USE_BSD 1
#endif
//--- u/usr/include/string.h
#include <features.h>
#ifdef __USE_BSD
char *strdup(const char *);
#endif
//--- flag.c
#include <string.h>
char *dup(const char *s) { return strdup(s); }
//--- infile.c
#define _POSIX_C_SOURCE 200809L
#include <string.h>
char *dup(const char *s) { return strdup(s); }
//--- config.h
#define _POSIX_C_SOURCE 200809L
//--- config.c
#include "config.h"
#include <string.h>
char *dup(const char *s) { return strdup(s); }
//--- local.h
typedef int local_t;
//--- later.c
#include "local.h"
#define _POSIX_C_SOURCE 200809L
#include <string.h>
char *dup(const char *s) { return strdup(s); }
//--- after.c
#include <string.h>
#define _POSIX_C_SOURCE 200809L
char *dup(const char *s) { return strdup(s); }
