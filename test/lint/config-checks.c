// .hstack.yaml `checks:`: turn a check off (`enabled: false`) or change the
// severity of its findings (`severity: note|warning|error`). Two fake
// libcs; va_list with only <stdio.h> breaks on uClibc-ng (implicit-include),
// and <bits/types.h> is internal on both (internal-header, a warning).
//
// Without a config: one error and one warning, exit 1.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps plain/a.c -- \
// RUN:   > %t/plain.out; echo "exit=$?" >> %t/plain.out
// RUN: FileCheck %s --check-prefix=PLAIN --input-file %t/plain.out
// PLAIN: plain/a.c:1:1: warning: <bits/types.h> is a libc implementation header; {{.*}} [hstack-internal-header]
// PLAIN: plain/a.c:4:35: error: 'va_list' is used without including <stdarg.h>{{.*}} [hstack-implicit-include]
// PLAIN: hstack: 1 file, 2 targets ({{.*}}); 2 findings (implicit-include 1, internal-header 1);
// PLAIN: exit=1
//
// implicit-include turned off: its finding is gone. The file still does not
// compile on uClibc-ng, and a failure no enabled check explains is reported
// as compile-error, never dropped.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps off/a.c -- \
// RUN:   > %t/off.out; echo "exit=$?" >> %t/off.out
// RUN: FileCheck %s --check-prefix=OFF --input-file %t/off.out
// OFF-NOT: [hstack-implicit-include]
// OFF:     off/a.c:1:1: warning: <bits/types.h> is a libc implementation header; {{.*}} [hstack-internal-header]
// OFF:     off/a.c:4:35: error: fails to compile for a reason no check explains: unknown type name 'va_list' [hstack-compile-error]
// OFF:     off/a.c:4:35: note: affects uclibc-ng-1.0.45:x86_64; fine on glibc-2.36:x86_64
// OFF-NOT: [hstack-implicit-include]
// OFF:     exit=1
//
// Severity overrides: internal-header raised to error, implicit-include
// lowered to note. `enabled: true` is accepted and changes nothing.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps sev/a.c -- \
// RUN:   > %t/sev.out; echo "exit=$?" >> %t/sev.out
// RUN: FileCheck %s --check-prefix=SEV --input-file %t/sev.out
// SEV: sev/a.c:1:1: error: <bits/types.h> is a libc implementation header; {{.*}} [hstack-internal-header]
// SEV: sev/a.c:4:35: note: 'va_list' is used without including <stdarg.h>{{.*}} [hstack-implicit-include]
// SEV: exit=1
// The same in JSON.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps sev/a.c -- \
// RUN:   | FileCheck %s --check-prefix=SEV-JSON
// SEV-JSON:      "check": "internal-header",
// SEV-JSON-NEXT: "severity": "error",
// SEV-JSON:      "check": "implicit-include",
// SEV-JSON-NEXT: "severity": "note",
//
// Lowered below --fail-on, a breaking finding no longer fails the run: the
// project said so. Only the internal-header warning is left, below error.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps low/a.c -- \
// RUN:   > %t/low.out; echo "exit=$?" >> %t/low.out
// RUN: FileCheck %s --check-prefix=LOW --input-file %t/low.out
// LOW: low/a.c:4:35: warning: 'va_list' is used without including <stdarg.h>{{.*}} [hstack-implicit-include]
// LOW: exit=0
//
// --checks on the command line wins over the config's `enabled: false`.
// RUN: not %hstack lint --checks implicit-include --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps off/a.c -- \
// RUN:   | FileCheck %s --check-prefix=CLI
// CLI: off/a.c:4:35: error: 'va_list' is used without including <stdarg.h>{{.*}} [hstack-implicit-include]

//--- off/.hstack.yaml
checks:
  - name: implicit-include
    enabled: false
//--- sev/.hstack.yaml
checks:
  - name: internal-header
    severity: error
  - name: implicit-include
    enabled: true
    severity: note
//--- low/.hstack.yaml
checks:
  - {name: implicit-include, severity: warning}
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
#include <features.h>
typedef __builtin_va_list va_list;
//--- g/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/stdio.h
#include <features.h>
//--- u/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- plain/a.c
#include <bits/types.h>
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
//--- off/a.c
#include <bits/types.h>
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
//--- sev/a.c
#include <bits/types.h>
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
//--- low/a.c
#include <bits/types.h>
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
