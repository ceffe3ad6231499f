// --exact pins the default (a full parse of every file on every target):
// it prints what the default prints, the same findings --cheap gives, and
// it cannot be combined with --cheap.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/default.json
// RUN: not %hstack lint --exact --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/exact.json
// RUN: not %hstack lint --cheap --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/cheap.json
// RUN: cmp %t/default.json %t/exact.json
// RUN: cmp %t/default.json %t/cheap.json
// RUN: FileCheck %s --input-file %t/exact.json
// CHECK: "check": "implicit-include"
//
// RUN: %hstack lint --exact --cheap --no-host-deps -p build > %t/both.out 2>&1; echo "exit=$?" >> %t/both.out
// RUN: FileCheck %s --check-prefix=BOTH --input-file %t/both.out
// BOTH: hstack: error: --cheap and --exact exclude each other
// BOTH-NEXT: exit=2

//--- build/compile_commands.json
[
  {"directory": "..", "file": "src/log.c", "arguments": ["cc", "-c", "src/log.c"]},
  {"directory": "..", "file": "src/ok.c", "arguments": ["cc", "-c", "src/ok.c"]}
]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
#include <features.h>
#include <stdarg.h>
int puts(const char *);
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- u/usr/include/stdio.h
#include <features.h>
int puts(const char *);
//--- src/log.c
#include <stdio.h>
void log_message(const char *fmt, va_list ap);
//--- src/ok.c
#include <stdio.h>
int main(void) { return puts("ok") < 0; }
