// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// The --cheap memo of failed proofs, on real headers: the package's header
// branches on __GLIBC__, which glibc and uClibc-ng define and musl does
// not. glibc leads the x86_64 data model; on musl the first file's proof
// fails (other branches in pkg.h) and the later files including pkg.h are
// parsed in full without trying; uClibc-ng takes the lead's branches and
// is proved for all three. Both modes report the same bytes.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --format json --target glibc:x86_64 --target musl:x86_64 \
// RUN:   --target uclibc-ng:x86_64 --no-host-deps -j1 one.c two.c three.c -- > exact.json
// RUN: %hstack lint --format json --cheap --stats --target glibc:x86_64 \
// RUN:   --target musl:x86_64 --target uclibc-ng:x86_64 --no-host-deps -j1 \
// RUN:   one.c two.c three.c -- > cheap.json 2> stats.txt
// RUN: cmp exact.json cheap.json
// RUN: FileCheck %s --input-file stats.txt
// CHECK: 3 files x 3 targets: 6 parsed in full, 3 proved by preprocessing
// CHECK-DAG: 2  (not tried: {{.*}}pkg.h took other branches here for an earlier file)
// CHECK-DAG: 1  the package's code takes other branches

//--- pkg.h
#include <stdio.h>
#ifdef __GLIBC__
#define PKG_LIBC "glibc or a libc that says it is"
#else
#define PKG_LIBC "another libc"
#endif
//--- one.c
#include "pkg.h"
int one(void) { return puts(PKG_LIBC); }
//--- two.c
#include "pkg.h"
int two(void) { return puts(PKG_LIBC); }
//--- three.c
#include "pkg.h"
int three(void) { return puts(PKG_LIBC); }
