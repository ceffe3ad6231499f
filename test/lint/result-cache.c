// A file's findings are reused by the next run while nothing it depends on
// changed (lib/Commands/ResultCache.h), and recomputed as soon as anything
// does: the file, a header it includes, a header added ahead of the one
// found in the search path, a header a __has_include asked about, any
// header of a target's sysroot, the file's flags. --fresh recomputes;
// corrupt entries are ignored. The observable: va_list used with only
// <stdio.h>, which reaches <stdarg.h> on the fake glibc only, unless the
// package's conf.h (or extra/opt.h) includes it.
//
// DEFINE: %{lint} = env HSTACK_CACHE_DIR=%t/cache %hstack lint --stats --sysroots-dir %t/none \
// DEFINE:   --sysroot %t/g --triple x86_64-linux-gnu --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps
// RUN: rm -rf %t && split-file %s %t && cd %t
//
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/1.out 2> %t/1.err
// RUN: FileCheck %s --check-prefix=FOUND --input-file %t/1.out
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/1.err
// FOUND: src/log.c:7:18: error: 'va_list' is used without including <stdarg.h>
// FOUND: 1 finding (implicit-include 1)
// NEW: 0 files unchanged since an earlier run
//
// Nothing changed: the findings are reused, byte for byte.
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/2.out 2> %t/2.err
// RUN: FileCheck %s --check-prefix=REUSED --input-file %t/2.err
// REUSED: 0 parsed in full{{.*}}; 1 files unchanged since an earlier run
// RUN: diff %t/1.out %t/2.out
// RUN: not %{lint} src/log.c --fresh -- -Iinc1 -Iinc2 > %t/fresh.out 2> %t/fresh.err
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/fresh.err
// RUN: diff %t/1.out %t/fresh.out
//
// The included package header changes: now it brings <stdarg.h>.
// RUN: cp %t/conf-stdarg.h %t/inc2/conf.h
// RUN: %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/3.out 2> %t/3.err
// RUN: FileCheck %s --check-prefix=CLEAN --input-file %t/3.out
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/3.err
// CLEAN-NOT: va_list
// CLEAN: 0 findings
//
// A conf.h appears in an earlier -I directory and hides that one.
// RUN: mkdir %t/inc1 && cp %t/conf-plain.h %t/inc1/conf.h
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/4.out 2> %t/4.err
// RUN: FileCheck %s --check-prefix=FOUND --input-file %t/4.out
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/4.err
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/5.out 2> %t/5.err
// RUN: FileCheck %s --check-prefix=REUSED --input-file %t/5.err
//
// The header __has_include asked about appears (only inc2/extra's listing
// changes).
// RUN: cp %t/conf-stdarg.h %t/inc2/extra/opt.h
// RUN: %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/6.out 2> %t/6.err
// RUN: FileCheck %s --check-prefix=CLEAN --input-file %t/6.out
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/6.err
// RUN: rm %t/inc2/extra/opt.h
//
// A sysroot header the file never includes changes (the checks' oracle
// searches every header), then the flags change.
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/7.out 2> %t/7.err
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/7.err
// RUN: echo 'int abs(int);' >> %t/u/usr/include/stdlib.h
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/8.out 2> %t/8.err
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/8.err
// RUN: diff %t/4.out %t/8.out
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 -DQUIET > %t/9.out 2> %t/9.err
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/9.err
//
// Corrupt entries are ignored (and rewritten), never an error.
// RUN: for f in %t/cache/lint-*.json; do echo '{"format": "hstack-lint-file/1"' > $f; done
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/10.out 2> %t/10.err
// RUN: FileCheck %s --check-prefix=NEW --input-file %t/10.err
// RUN: diff %t/4.out %t/10.out
// RUN: not %{lint} src/log.c -- -Iinc1 -Iinc2 > %t/11.out 2> %t/11.err
// RUN: FileCheck %s --check-prefix=REUSED --input-file %t/11.err

//--- src/log.c
#include "conf.h"
#include <stdio.h>
#if __has_include(<extra/opt.h>)
#include <extra/opt.h>
#endif

void log_message(va_list ap);
//--- inc2/conf.h
#define LOG_LEVEL 1
//--- inc2/extra/other.h
#define OTHER 1
//--- conf-plain.h
#define LOG_LEVEL 2
//--- conf-stdarg.h
#include <stdarg.h>
//--- g/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- g/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <stdarg.h>
int vprintf(const char *, __builtin_va_list);
#endif
//--- u/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
#endif
//--- u/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
int vprintf(const char *, __builtin_va_list);
#endif
//--- u/usr/include/stdlib.h
#ifndef _STDLIB_H
#define _STDLIB_H 1
void exit(int);
#endif
