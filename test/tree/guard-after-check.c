// An include guard that is not the first thing in its file: glibc-style
// internal headers open with a "never include this directly" check and only
// then the guard. Clang's multiple-include optimisation does not recognise
// such a guard, so clang enters the file again and skips its body; hstack
// must still show the second inclusion as `(skipped: already included)`
// (not as an empty, entered header) and must not list the guard macro as a
// condition of the #includes inside the file.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): stdio.h
// CHECK-NEXT:stdio.h
// CHECK-NEXT:  3 features.h
// CHECK-NEXT:  4 bits/stdio_impl.h
// CHECK-NEXT:    8 bits/types.h
// CHECK-NEXT:  5 bits/stdio_impl.h (skipped: already included)
// CHECK-NOT:{{.+}}

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- root/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/stdio_impl.h>
#include <bits/stdio_impl.h>
#endif
//--- root/usr/include/bits/stdio_impl.h
#ifndef _STDIO_H
# error "Never include <bits/stdio_impl.h> directly; use <stdio.h> instead."
#endif

#ifndef _BITS_STDIO_IMPL_H
#define _BITS_STDIO_IMPL_H 1

#include <bits/types.h>

#endif
//--- root/usr/include/bits/types.h
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H 1
#endif
