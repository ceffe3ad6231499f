// implicit-include: a finding that breaks on one target and only leans on
// the stack on the other is portability-specific. glibc's stdio.h reaches
// <stdarg.h>, uClibc-ng's does not: va_list compiles on glibc by accident
// and breaks on uClibc-ng. Such a finding must not carry the
// "(on every target)" tag (reserved for findings that are the same on every
// target, like `int clone;` after <sched.h>), and JSON must say
// "portability_specific": true.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps log.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK-NOT: (on every target)
// CHECK:     log.c:3:35: error: 'va_list' is used without including <stdarg.h>{{( \(elsewhere it arrives through <stdio.h>\))?}} [hstack-implicit-include]
// CHECK-NOT: (on every target)
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps log.c -- \
// RUN:   | FileCheck %s --check-prefix=JSON
// JSON:      "check": "implicit-include",
// JSON:      "breaks": true,
// JSON-NEXT: "portability_specific": true,

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
#include <features.h>
#include <bits/stdio-impl.h>
//--- g/usr/include/bits/stdio-impl.h
#include <stdarg.h>
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/stdio.h
#include <features.h>
//--- log.c
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
