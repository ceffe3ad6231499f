// unavailable-api: a name the file's strict mode hides (-std=c99,
// -D_POSIX_C_SOURCE=...) is reported with the feature macro that brings
// it back: _DEFAULT_SOURCE when that is enough (u_int32_t, BSD types),
// _GNU_SOURCE only when it is needed (loff_t). Before, every such name
// was "only with _GNU_SOURCE". In the libcs' default mode
// _DEFAULT_SOURCE is already on and is not tried.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps \
// RUN:   src/types.c -- -D_POSIX_C_SOURCE=200809L > %t/strict.txt
// RUN: FileCheck %s --input-file %t/strict.txt --match-full-lines
// CHECK:      src/types.c:3:1: error: 'u_int32_t' is declared on glibc-2.36:x86_64 only with _DEFAULT_SOURCE [hstack-unavailable-api]
// CHECK-NEXT: src/types.c:3:1: note: affects glibc-2.36:x86_64; fine on musl-unknown:x86_64
// CHECK-NEXT: src/types.c:3:1: note: glibc-2.36:x86_64: breaks: 'u_int32_t' is declared in <sys/types.h> only with _DEFAULT_SOURCE, which the file's -D_POSIX_C_SOURCE=200809L turns off
// CHECK-NEXT: src/types.c:3:1: note: musl-unknown:x86_64: declared here [types.c:1 -> sys/types.h:1]
// CHECK-NEXT: src/types.c:4:1: error: 'loff_t' is declared on glibc-2.36:x86_64 only with _GNU_SOURCE [hstack-unavailable-api]
// CHECK-NEXT: src/types.c:4:1: note: affects glibc-2.36:x86_64; fine on musl-unknown:x86_64
// CHECK-NEXT: src/types.c:4:1: note: glibc-2.36:x86_64: breaks: 'loff_t' is declared in <sys/types.h> only with _GNU_SOURCE
//
// -std=c99 turns the defaults off as well.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps \
// RUN:   src/types.c -- -std=c99 | FileCheck %s --check-prefix=C99
// C99: note: glibc-2.36:x86_64: breaks: 'u_int32_t' is declared in <sys/types.h> only with _DEFAULT_SOURCE, which the file's -std=c99 turns off
//
// In the default mode the types are there.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps \
// RUN:   src/types.c -- -D_GNU_SOURCE | FileCheck %s --check-prefix=GNU
// GNU: hstack: 1 file, 2 targets (glibc-2.36:x86_64, musl-unknown:x86_64); 0 findings; {{.*}}

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#if defined _DEFAULT_SOURCE || defined _GNU_SOURCE || \
    (!defined __STRICT_ANSI__ && !defined _POSIX_C_SOURCE)
# define __USE_MISC 1
#endif
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
//--- g/usr/include/sys/types.h
#include <features.h>
#ifdef __USE_MISC
typedef unsigned int u_int32_t;
#endif
#ifdef __USE_GNU
typedef long long loff_t;
#endif
//--- m/usr/include/bits/alltypes.h
typedef unsigned long size_t;
//--- m/usr/include/stdio.h
#include <bits/alltypes.h>
//--- m/usr/include/sys/types.h
typedef unsigned int u_int32_t;
typedef long long loff_t;
//--- src/types.c
#include <sys/types.h>

u_int32_t flags;
loff_t offset;
