// The lint oracle's single-header exposures are kept on disk between runs
// (HSTACK_CACHE_DIR): a second run reads them and prints the same bytes;
// an entry whose files changed is not used. pid_t is used with only
// <stdio.h>: broken on both fake libcs, and the fix-it header is found by
// the oracle (<sys/types.h> on both). Then uClibc-ng's sys/types.h stops
// declaring pid_t (its <unistd.h> does): the third run must see it, so the
// fix becomes <unistd.h>, which declares pid_t on both (a stale entry would
// still offer <sys/types.h>).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not env HSTACK_CACHE_DIR=%t/cache %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/p.c -- > %t/first.out
// RUN: FileCheck %s --check-prefix=FIRST --input-file %t/first.out
// FIRST: src/p.c:2:1: error: 'pid_t' is used without including <sys/types.h> (on every target) [hstack-implicit-include]
// RUN: ls %t/cache | FileCheck %s --check-prefix=STORED
// STORED: {{^[0-9A-F]+\.json$}}
//
// RUN: not env HSTACK_CACHE_DIR=%t/cache %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/p.c -- > %t/second.out
// RUN: diff %t/first.out %t/second.out
//
// A corrupt entry is ignored (and rewritten), never an error.
// RUN: for f in %t/cache/*.json; do echo '{not json' > $f; done
// RUN: not env HSTACK_CACHE_DIR=%t/cache %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/p.c -- > %t/corrupt.out
// RUN: diff %t/first.out %t/corrupt.out
//
// RUN: cp %t/u-types-after.h %t/u/usr/include/sys/types.h
// RUN: not env HSTACK_CACHE_DIR=%t/cache %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/p.c -- > %t/third.out
// RUN: FileCheck %s --check-prefix=THIRD --input-file %t/third.out
// THIRD: src/p.c:2:1: error: 'pid_t' is used without including <unistd.h> (on every target) [hstack-implicit-include]
// THIRD: uclibc-ng-1.0.45:x86_64: breaks: {{.*}}<unistd.h> does
// RUN: not env HSTACK_CACHE_DIR=%t/fresh %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/p.c -- > %t/fresh.out
// RUN: diff %t/third.out %t/fresh.out

//--- src/p.c
#include <stdio.h>
pid_t child;
//--- g/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- g/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
int puts(const char *);
#endif
//--- g/usr/include/sys/types.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
typedef int pid_t;
#endif
//--- g/usr/include/unistd.h
#ifndef _UNISTD_H
#define _UNISTD_H 1
#include <sys/types.h>
#endif
//--- u/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
#endif
//--- u/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
int puts(const char *);
#endif
//--- u/usr/include/sys/types.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
typedef int pid_t;
#endif
//--- u/usr/include/unistd.h
#ifndef _UNISTD_H
#define _UNISTD_H 1
typedef int pid_t;
#endif
//--- u-types-after.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
typedef long off_t;
#endif
