// --checks a,b runs only the named checks (comma-separated, or repeated).
// The file trips three checks on two fake libcs: internal-header
// (bits/types.h, a warning), identifier-collision (an abs macro after
// <stdlib.h>, a warning) and implicit-include (va_list with only <stdio.h>,
// which breaks on uClibc-ng). With implicit-include off, that failure is
// still reported, as compile-error: a check that is off hides its
// explanation, never the failure.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- | FileCheck %s --check-prefix=ALL
// ALL: hstack: 1 file, 2 targets ({{.*}}); 3 findings (identifier-collision 1, implicit-include 1, internal-header 1);
//
// RUN: not %hstack lint --checks internal-header --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- > %t/one.out
// RUN: FileCheck %s --check-prefix=ONE --input-file %t/one.out
// ONE-NOT: [hstack-identifier-collision]
// ONE-NOT: [hstack-implicit-include]
// ONE:     a.c:1:1: {{.*}} [hstack-internal-header]
// ONE:     a.c:5:35: error: fails to compile for a reason no check explains: unknown type name 'va_list' [hstack-compile-error]
// ONE-NOT: [hstack-identifier-collision]
// ONE-NOT: [hstack-implicit-include]
// ONE:     2 findings (compile-error 1, internal-header 1);
//
// Two checks, comma-separated and repeated.
// RUN: not %hstack lint --checks internal-header,identifier-collision --sysroots-dir %t/none \
// RUN:   --sysroot %t/g --triple x86_64-linux-gnu --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- | FileCheck %s --check-prefix=TWO
// RUN: not %hstack lint --checks internal-header --checks identifier-collision --sysroots-dir %t/none \
// RUN:   --sysroot %t/g --triple x86_64-linux-gnu --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- | FileCheck %s --check-prefix=TWO
// TWO-NOT: [hstack-implicit-include]
// TWO:     3 findings (compile-error 1, identifier-collision 1, internal-header 1);
//
// An unknown check name: exit 2, one line listing the known ones.
// RUN: %hstack lint --checks internal-header,no-such-check --sysroots-dir %t/none \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- > %t/bad.out 2> %t/bad.err; \
// RUN:   echo "exit=$?" > %t/bad.rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/bad.rc
// RC: exit=2
// RUN: count 0 < %t/bad.out
// RUN: count 1 < %t/bad.err
// RUN: FileCheck %s --check-prefix=BAD --input-file %t/bad.err --match-full-lines
// BAD: hstack: error: unknown check 'no-such-check' (known: implicit-include, unavailable-api, identifier-collision, missing-library, internal-header, predefined-macro, host-sizeof)

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- g/usr/include/stdlib.h
#include <features.h>
extern int abs(int __x);
//--- g/usr/include/stdio.h
typedef __builtin_va_list va_list;
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- u/usr/include/stdlib.h
#include <features.h>
extern int abs(int __x);
//--- u/usr/include/stdio.h
int puts(const char *);
//--- a.c
#include <bits/types.h>
#include <stdlib.h>
#include <stdio.h>
#define abs(a) ((a) < 0 ? -(a) : (a))
void log_message(const char *fmt, va_list ap);
