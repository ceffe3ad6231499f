// File mode: `hstack lint FILE... -- FLAGS` lints files without a compile
// database; the flags after `--` are the compile flags (feature macros,
// -std, -I) and change the result exactly as they would for the compiler.
// A fake glibc declares strchrnul only with _GNU_SOURCE, a fake uClibc-ng
// always; the project's own header comes from -I.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// Without _GNU_SOURCE glibc breaks.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/a.c -- -Iinclude \
// RUN:   | FileCheck %s --check-prefix=PLAIN
// PLAIN: src/a.c:4:36: error: 'strchrnul' is declared on glibc-2.36:x86_64 only with _GNU_SOURCE{{.*}} [hstack-unavailable-api]
//
// -D_GNU_SOURCE after --: clean, exit 0.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/a.c -- -Iinclude -D_GNU_SOURCE \
// RUN:   | FileCheck %s --check-prefix=GNU
// GNU-NOT: [hstack-
// GNU:     hstack: 1 file, 2 targets ({{.*}}); 0 findings;
//
// -U undoes a -D, as for the compiler.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/a.c -- -Iinclude -D_GNU_SOURCE -U_GNU_SOURCE \
// RUN:   | FileCheck %s --check-prefix=PLAIN
//
// Without -Iinclude the project header is missing everywhere: an
// environment problem, not the libc's.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/a.c -- -D_GNU_SOURCE \
// RUN:   | FileCheck %s --check-prefix=NOINC
// NOINC: src/a.c:2:1: error: <project.h> is in no target's libc {{.*}} [hstack-environment]
//
// Several files, one summary; files are reported in path order.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/b.c src/a.c -- -Iinclude \
// RUN:   | FileCheck %s --check-prefix=TWO
// TWO:     src/a.c:4:36: error: {{.*}} [hstack-unavailable-api]
// TWO:     src/b.c:1:1: {{.*}} [hstack-internal-header]
// TWO:     hstack: 2 files, 2 targets ({{.*}}); 2 findings (internal-header 1, unavailable-api 1);
//
// Neither -p nor files: a usage error.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps > %t/none.out 2> %t/none.err
// RUN: count 0 < %t/none.out
// RUN: count 1 < %t/none.err
// RUN: FileCheck %s --check-prefix=NONE --input-file %t/none.err
// NONE: hstack: error: lint: give -p BUILD_DIR (a compile_commands.json), or FILEs with flags after --
//
// A file that does not exist: exit 2, one line naming it.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/nope.c -- > %t/nope.out 2> %t/nope.err
// RUN: count 1 < %t/nope.err
// RUN: FileCheck %s --check-prefix=NOPE --input-file %t/nope.err
// NOPE: hstack: error: src/nope.c: {{.*}}

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
//--- g/usr/include/bits/types.h
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/string.h
#include <features.h>
char *strchrnul(const char *, int);
//--- u/usr/include/bits/types.h
//--- include/project.h
#define PROJECT_SEP '/'
//--- src/a.c
#include <string.h>
#include <project.h>

char *last(const char *s) { return strchrnul(s, PROJECT_SEP); }
//--- src/b.c
#include <bits/types.h>
