// REQUIRES: sysroot-glibc-x86_64, sysroot-glibc-mips64el-n64, sysroot-glibc-mips64el-n32
//
// identifier-collision, rule 4: a package header declares a name that a
// libc or kernel header then declares as another type on one target.
// e2fsprogs 1.47.0 generates lib/ext2fs/ext2_types.h on its build host;
// on x86_64 `__u64` and `__s64` are `long long`, as the kernel's
// int-ll64.h has them. On mips64el n64 glibc's <sys/stat.h> (with
// _GNU_SOURCE: <bits/statx.h> -> <linux/stat.h> -> <asm/types.h>) brings
// int-l64.h, where they are `long`: "typedef redefinition with different
// types", in the kernel header. It was a compile-error no check explains
// (60 files of e2fsprogs); now a breaking collision at the package's
// typedef. n32 uses int-ll64.h and compiles.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target glibc:mips64el-n64 --target glibc:mips64el-n32 \
// RUN:   --no-host-deps inode.c -- -I. | FileCheck %s --match-full-lines
// CHECK:      ext2_types.h:4:1: error: '__u64' is declared by this package header and, differently, by libc headers; rename it, or take it from the libc (a header generated for another machine?) [hstack-identifier-collision]
// CHECK-NEXT: ext2_types.h:4:1: note: affects glibc:mips64el-n64; fine on glibc:x86_64, glibc:mips64el-n32
// CHECK-NEXT: ext2_types.h:4:1: note: glibc:mips64el-n64: breaks: <asm-generic/int-l64.h>:30 declares '__u64' too: typedef redefinition with different types ('unsigned long' vs 'unsigned long long') [inode.c:3 -> sys/stat.h:465 -> bits/statx.h:31 -> linux/stat.h:5 -> linux/types.h:5 -> asm/types.h:23 -> asm-generic/int-l64.h:30]
// CHECK-NEXT: ext2_types.h:5:1: error: '__s64' is declared by this package header and, differently, by libc headers; rename it, or take it from the libc (a header generated for another machine?) [hstack-identifier-collision]
// CHECK-NEXT: ext2_types.h:5:1: note: affects glibc:mips64el-n64; fine on glibc:x86_64, glibc:mips64el-n32
// CHECK-NEXT: ext2_types.h:5:1: note: glibc:mips64el-n64: breaks: <asm-generic/int-l64.h>:29 declares '__s64' too: typedef redefinition with different types ('long' vs 'long long') [inode.c:3 -> sys/stat.h:465 -> bits/statx.h:31 -> linux/stat.h:5 -> linux/types.h:5 -> asm/types.h:23 -> asm-generic/int-l64.h:29]
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, glibc:mips64el-n64, glibc:mips64el-n32); 2 findings (identifier-collision 2); {{.*}}
//
// The compiler agrees.
// RUN: not %clang --target=mips64el-linux-gnuabi64 --sysroot=%sr{glibc:mips64el-n64} -fsyntax-only -I. inode.c 2>&1 | FileCheck %s --check-prefix=CLANG
// CLANG: int-l64.h:29:25: error: typedef redefinition with different types ('long' vs 'long long')
// RUN: %clang --target=mips64el-linux-gnuabin32 --sysroot=%sr{glibc:mips64el-n32} -fsyntax-only -I. inode.c
// RUN: %clang --target=x86_64-linux-gnu --sysroot=%sr{glibc:x86_64} -fsyntax-only -I. inode.c

//--- ext2_types.h
/* As e2fsprogs' configure generates it on an x86_64 build host. */
#ifndef _EXT2_TYPES_H
#define _EXT2_TYPES_H
typedef unsigned long long __u64;
typedef long long __s64;
#endif
//--- inode.c
#define _GNU_SOURCE 1
#include "ext2_types.h"
#include <sys/stat.h>

__u64 blocks(const struct stat *st) { return (__u64)st->st_blocks; }
