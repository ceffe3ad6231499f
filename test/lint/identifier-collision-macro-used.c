// identifier-collision rule 3 (a libc object-like macro spelled as the
// file's own name fails inside its expansion) is not a collision when the
// same macro expands on that line on a target that compiles the line: the
// code uses the macro as the libc's. gnulib's
// `static_assert (MB_LEN_MAX <= SCHAR_MAX);` (sed 4.9, lib/localeinfo.c) on
// a libc whose <assert.h> has no static_assert parses as an old-style
// declaration and fails at the number MB_LEN_MAX brings ("expected
// parameter declarator"): the finding is unavailable-api's static_assert,
// not "'MB_LEN_MAX' is also declared by libc headers; rename it". A real
// rule-3 collision in the same file (a member named st_mtime where the
// libc makes it a macro) is still reported.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps info.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK-NOT: 'MB_LEN_MAX'
// CHECK:     info.c:5:1: error: 'static_assert' is not available on uclibc-ng-1.0.35:x86_64 [hstack-unavailable-api]
// CHECK-NOT: 'MB_LEN_MAX'
// CHECK:     info.c:7:21: error: 'st_mtime' is also declared by libc headers this file includes; rename it [hstack-identifier-collision]
// CHECK:     info.c:7:21: note: uclibc-ng-1.0.35:x86_64: breaks: 'st_mtime' is a macro of <sys/stat.h>:2; it expands at line 7 and the code fails there
// CHECK-NOT: 'MB_LEN_MAX'
// CHECK:     hstack: 1 file, 2 targets ({{.*}}); 2 findings (identifier-collision 1, unavailable-api 1);

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/assert.h
#define static_assert _Static_assert
//--- g/usr/include/limits.h
#define MB_LEN_MAX 16
#define SCHAR_MAX 127
//--- g/usr/include/sys/stat.h
struct stat { long st_mtim; };
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- u/usr/include/assert.h
#define assert(e) ((void)0)
//--- u/usr/include/limits.h
#define MB_LEN_MAX 16
#define SCHAR_MAX 127
//--- u/usr/include/sys/stat.h
struct timespec { long tv_sec; long tv_nsec; };
#define st_mtime st_mtim.tv_sec
struct stat { struct timespec st_mtim; };
//--- info.c
#include <assert.h>
#include <limits.h>
#include <sys/stat.h>

static_assert (MB_LEN_MAX <= SCHAR_MAX);

struct entry { long st_mtime; };
