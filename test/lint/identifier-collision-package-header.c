// identifier-collision, rule 4: one of the package's headers declares a
// name that a libc (or kernel) header then declares as something else on
// some target; the error sits in the libc header, and the finding at the
// package's declaration (e2fsprogs' generated ext2_types.h against
// <asm/types.h> on mips64 n64). A package header that declares a libc
// name compatibly (a replacement prototype) is no finding: only where it
// breaks.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/ll --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/l --triple mips64el-linux-gnuabi64 --no-host-deps inode.c -- -I. > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK-NOT: hstack-compile-error
// CHECK:     types.h:3:1: error: '__s64' is declared by this package header and, differently, by libc headers; rename it, or take it from the libc (a header generated for another machine?) [hstack-identifier-collision]
// CHECK-NEXT: types.h:3:1: note: affects glibc-2.36:mips64el-n64; fine on glibc-2.36:x86_64
// CHECK-NEXT: types.h:3:1: note: glibc-2.36:mips64el-n64: breaks: <asm/types.h>:1 declares '__s64' too: typedef redefinition with different types ('long' vs 'long long') [inode.c:2 -> sys/stat.h:2 -> asm/types.h:1]
// CHECK-NOT: hstack-compile-error
// CHECK-NOT: 'rand'
// CHECK:     hstack: 1 file, 2 targets ({{.*}}); 1 finding (identifier-collision 1);

//--- types.h
#ifndef TYPES_H
#define TYPES_H
typedef long long __s64;
int rand(void);
#endif
//--- inode.c
#include "types.h"
#include <sys/stat.h>
#include <stdlib.h>

__s64 size;
//--- ll/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- ll/usr/include/asm/types.h
typedef long long __s64;
//--- ll/usr/include/sys/stat.h
#include <features.h>
#include <asm/types.h>
//--- ll/usr/include/stdlib.h
int rand(void);
//--- l/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- l/usr/include/asm/types.h
typedef long __s64;
//--- l/usr/include/sys/stat.h
#include <features.h>
#include <asm/types.h>
//--- l/usr/include/stdlib.h
int rand(void);
