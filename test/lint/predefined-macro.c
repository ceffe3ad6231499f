// predefined-macro: the package defines a macro of the compiler's kind
// and a libc header decides by it, then fails (grep 3.8 on glibc:i686:
// gnulib's config.h says `#define __x86_64__ 1` for the x86_64 build
// host, and glibc's <gnu/stubs.h> wants <gnu/stubs-x32.h>).
//  - Where the compiler predefines the macro itself (x86_64), config.h's
//    guard skips the #define: nothing to report there.
//  - One finding at the #define, for every file, instead of a
//    compile-error "no check explains" in each.
//  - Also where the header the condition selects exists but fails.
//  - A package macro of that kind that a libc header tests without any
//    failure is no finding.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps a.c b.c quiet.c -- -I. > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK-NOT: hstack-compile-error
// CHECK:     config.h:3:1: error: the package defines '__x86_64__', a compiler macro (predefined only on the targets it describes), and the code decides by it: a configure result made for another machine? Run configure for each target, or do not define it [hstack-predefined-macro]
// CHECK-NEXT: config.h:3:1: note: affects glibc-2.36:i686; fine on glibc-2.36:x86_64
// CHECK-NEXT: config.h:3:1: note: glibc-2.36:i686: breaks: <gnu/stubs.h> line 4 `#if defined __x86_64__ && defined __ILP32__` tests it, then: gnu/stubs.h:5: 'gnu/stubs-x32.h' file not found [a.c:1 -> config.h:5 -> features.h:3 -> gnu/stubs.h:5]
// CHECK-NOT: hstack-compile-error
// CHECK:     hstack: 3 files, 2 targets ({{.*}}); 1 finding (predefined-macro 1);
//
// The selected header exists and fails.
// RUN: cp -r %t/g %t/h32 && cp %t/x32-only.h %t/h32/usr/include/gnu/stubs-x32.h
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/h32 --triple i686-linux-gnu --no-host-deps a.c -- -I. > %t/out2
// RUN: FileCheck %s --check-prefix=ENTERED --input-file %t/out2
// ENTERED-NOT: hstack-compile-error
// ENTERED:     config.h:3:1: error: the package defines '__x86_64__'{{.*}}[hstack-predefined-macro]
// ENTERED:     note: glibc-2.36:i686: breaks: <gnu/stubs.h> line 4 `#if defined __x86_64__ && defined __ILP32__` tests it, then: gnu/stubs-x32.h:1: unknown type name 'x32_only_t' [a.c:1 -> config.h:5 -> features.h:3 -> gnu/stubs.h:5 -> gnu/stubs-x32.h:1]
// ENTERED-NOT: hstack-compile-error

//
// The package's own branch decides by it: `__int128` exists on x86_64
// only, and clang says so on i686.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps c.c -- -I. > %t/out3
// RUN: FileCheck %s --check-prefix=OWN --input-file %t/out3
// OWN-NOT:  hstack-compile-error
// OWN:      cpu-config.h:2:1: error: the package defines '__x86_64__'{{.*}}[hstack-predefined-macro]
// OWN:      note: glibc-2.36:i686: breaks: c.c line 2 `#if defined __x86_64__` tests it, then: c.c:3: __int128 is not supported on this target [c.c:3]
// OWN-NOT:  hstack-compile-error
// OWN:      1 finding (predefined-macro 1)

//--- config.h
/* CPU and C ABI indicator, as gnulib's host-cpu-c-abi writes it. */
#ifndef __x86_64__
#define __x86_64__ 1
#endif
#include <features.h>
//--- quiet.h
#define __QUIET_PKG__ 1
#include <stdio.h>
//--- a.c
#include "config.h"
#include <stdio.h>
int a;
//--- b.c
#include "config.h"
int b;
//--- cpu-config.h
#ifndef __x86_64__
#define __x86_64__ 1
#endif
//--- c.c
#include "cpu-config.h"
#if defined __x86_64__
typedef __int128 wide_t;
wide_t w;
#endif
//--- quiet.c
#include "quiet.h"
int q;
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#include <gnu/stubs.h>
//--- g/usr/include/gnu/stubs.h
#if !defined __x86_64__
# include <gnu/stubs-32.h>
#endif
#if defined __x86_64__ && defined __ILP32__
# include <gnu/stubs-x32.h>
#endif
#if defined __x86_64__ && defined __LP64__
# include <gnu/stubs-64.h>
#endif
//--- g/usr/include/gnu/stubs-32.h
//--- g/usr/include/gnu/stubs-64.h
//--- g/usr/include/stdio.h
#include <features.h>
#ifdef __QUIET_PKG__
# include <gnu/stubs-32.h>
#endif
//--- x32-only.h
x32_only_t x;
