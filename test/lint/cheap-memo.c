// --cheap remembers, per target, what made a proof fail where it carries
// over to other files: a package header the preprocessor took through
// other branches than on the lead, a libc macro on one side only. A later
// file whose lead parse shows the same again is parsed in full without
// trying (its proof would fail the same way). Only the time depends on
// it: both modes report the same bytes. At -j1 the files go in order, so
// the first of each kind fails its proof and the later ones are not tried;
// a file that shows neither is still proved.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --format json --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu --no-host-deps -j1 \
// RUN:   one.c two.c three.c four.c five.c plain.c -- > exact.json
// RUN: %hstack lint --format json --cheap --stats --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu --no-host-deps -j1 \
// RUN:   one.c two.c three.c four.c five.c plain.c -- > cheap.json 2> stats.txt
// RUN: cmp exact.json cheap.json
// RUN: FileCheck %s --input-file stats.txt
// CHECK: 6 files x 2 targets: 11 parsed in full, 1 proved by preprocessing
// CHECK-DAG: 2  (not tried: {{.*}}pkg.h took other branches here for an earlier file)
// CHECK-DAG: 1  (not tried: the libc macro 'putchar' expanded differently here for an earlier file)
// CHECK-DAG: 1  the package's code takes other branches
// CHECK-DAG: 1  the libc's macros expand differently

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H
#include <features.h>
int puts(const char *);
int putchar(int);
#endif
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
//--- b/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H
#include <features.h>
int puts(const char *);
int putc(int, void *);
extern void *stdout;
#define putchar(c) putc((c), stdout)
#endif
//--- pkg.h
#include <stdio.h>
#ifdef __GLIBC__
#define PKG_GREETING "glibc"
#else
#define PKG_GREETING "other"
#endif
//--- one.c
#include "pkg.h"
int one(void) { return puts(PKG_GREETING); }
//--- two.c
#include "pkg.h"
int two(void) { return puts(PKG_GREETING); }
//--- three.c
#include "pkg.h"
int three(void) { return puts(PKG_GREETING); }
//--- four.c
#include <stdio.h>
int four(void) { return putchar('4'); }
//--- five.c
#include <stdio.h>
int five(void) { return putchar('5'); }
//--- plain.c
#include <stdio.h>
int plain(void) { return puts("plain"); }
