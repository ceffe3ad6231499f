// Output never depends on thread scheduling: -j1 and -j4 print the same
// bytes, in JSON, text and SARIF, over a compile database of several files
// with findings from every check on two fake libcs. Repeated runs agree too.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint -j1 --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/j1.json
// RUN: not %hstack lint -j4 --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/j4.json
// RUN: not %hstack lint -j4 --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/j4b.json
// RUN: cmp %t/j1.json %t/j4.json
// RUN: cmp %t/j4.json %t/j4b.json
// RUN: not %hstack lint -j1 --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/j1.txt
// RUN: not %hstack lint -j4 --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/j4.txt
// RUN: cmp %t/j1.txt %t/j4.txt
// RUN: not %hstack lint -j1 --format sarif --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/j1.sarif
// RUN: not %hstack lint -j4 --format sarif --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/j4.sarif
// RUN: cmp %t/j1.sarif %t/j4.sarif
//
// The run is not trivially empty: findings of every check, files in path
// order.
// RUN: FileCheck %s --input-file %t/j1.txt
// CHECK: src/a-stdarg.c:{{.*}} [hstack-implicit-include]
// CHECK: src/b-collide.c:{{.*}} [hstack-identifier-collision]
// CHECK: src/c-gnu.c:{{.*}} [hstack-unavailable-api]
// CHECK: src/d-argp.c:{{.*}} [hstack-missing-library]
// CHECK: src/e-bits.c:{{.*}} [hstack-internal-header]
// CHECK: hstack: 6 files, 2 targets

//--- build/compile_commands.json
[
  {"directory": "..", "file": "src/e-bits.c", "arguments": ["cc", "-c", "src/e-bits.c"]},
  {"directory": "..", "file": "src/c-gnu.c", "arguments": ["cc", "-c", "src/c-gnu.c"]},
  {"directory": "..", "file": "src/a-stdarg.c", "arguments": ["cc", "-c", "src/a-stdarg.c"]},
  {"directory": "..", "file": "src/f-clean.c", "arguments": ["cc", "-c", "src/f-clean.c"]},
  {"directory": "..", "file": "src/d-argp.c", "arguments": ["cc", "-c", "src/d-argp.c"]},
  {"directory": "..", "file": "src/b-collide.c", "arguments": ["cc", "-c", "src/b-collide.c"]}
]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
//--- g/usr/include/stdio.h
#include <features.h>
#include <bits/stdio-impl.h>
int puts(const char *);
//--- g/usr/include/bits/stdio-impl.h
#include <stdarg.h>
//--- g/usr/include/string.h
#include <features.h>
#ifdef __USE_GNU
char *strchrnul(const char *, int);
#endif
//--- g/usr/include/pthread.h
#include <features.h>
//--- g/usr/include/argp.h
int argp_parse(void *, int, char **, unsigned, int *, void *);
//--- g/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- u/usr/include/stdio.h
#include <features.h>
int puts(const char *);
//--- u/usr/include/string.h
#include <features.h>
char *strchrnul(const char *, int);
//--- u/usr/include/pthread.h
#include <features.h>
#include <stdlib.h>
//--- u/usr/include/stdlib.h
extern int abs(int __x);
//--- u/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- src/a-stdarg.c
#include <stdio.h>
void log_message(const char *fmt, va_list ap);
//--- src/b-collide.c
#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>
//--- src/c-gnu.c
#include <string.h>
char *last(const char *s) { return strchrnul(s, '/'); }
//--- src/d-argp.c
#include <argp.h>
//--- src/e-bits.c
#include <bits/types.h>
__uint32_t sum;
//--- src/f-clean.c
#include <stdio.h>
int main(void) { return puts("ok") < 0; }
