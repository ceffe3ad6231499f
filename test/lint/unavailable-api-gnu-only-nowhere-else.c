// unavailable-api: a function that glibc declares only with _GNU_SOURCE and
// musl not at all, used without _GNU_SOURCE. No target declares it in the
// file's mode, yet the two targets break for different reasons, and glibc's
// note must say so: glibc declares it in <string.h> only with _GNU_SOURCE
// (hstack has the file's own <string.h> to try with -D_GNU_SOURCE). It must
// not claim that glibc does not declare it.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps gnu.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK:     gnu.c:3:36: error: 'strchrnul' is not available on musl-unknown:x86_64, and only with _GNU_SOURCE on glibc-2.36:x86_64; portable alternative: {{.*}} [hstack-unavailable-api]
// CHECK-NOT: glibc 2.36 does not declare
// CHECK:     gnu.c:3:36: note: glibc-2.36:x86_64: breaks: 'strchrnul' is declared in <string.h> only with _GNU_SOURCE
// CHECK-NOT: glibc 2.36 does not declare

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
//--- g/usr/include/string.h
#include <features.h>
#ifdef __USE_GNU
char *strchrnul(const char *, int);
#endif
//--- m/usr/include/bits/alltypes.h
typedef unsigned long size_t;
//--- m/usr/include/stdio.h
#include <bits/alltypes.h>
//--- m/usr/include/string.h
#include <bits/alltypes.h>
//--- gnu.c
#include <string.h>

char *last(const char *s) { return strchrnul(s, '/'); }
