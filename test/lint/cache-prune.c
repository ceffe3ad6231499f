// Cache entries unused for 30 days are removed when a lint ends (at most
// once a day); using an entry refreshes its mtime; stale temporary files
// (a crashed write) go after a day; files that are not hstack's entries
// are never touched.
//
// RUN: rm -rf %t && split-file %s %t && cd %t && mkdir cache
// RUN: touch -d '40 days ago' cache/0123ABCD.json cache/lint-4567EF01.json cache/notes.json cache/README
// RUN: touch -d '2 days ago' cache/89ABCDEF.json.a1b2c3.tmp
// RUN: touch -d '20 days ago' cache/lint-2222AAAA.json
// RUN: env HSTACK_CACHE_DIR=%t/cache %hstack lint --sysroots-dir %t/none --sysroot %t/g \
// RUN:   --triple x86_64-linux-gnu --no-host-deps src/ok.c -- > %t/1.out
// RUN: ls cache | FileCheck %s --check-prefix=AFTER --implicit-check-not=0123ABCD --implicit-check-not=4567EF01 --implicit-check-not=.tmp
// AFTER-DAG: README
// AFTER-DAG: lint-2222AAAA.json
// AFTER-DAG: lint-{{[0-9A-F]+}}.json
// AFTER-DAG: notes.json
//
// The new entry is used by the second run, which refreshes its mtime.
// RUN: touch -d '29 days ago' cache/lint-*.json
// RUN: env HSTACK_CACHE_DIR=%t/cache %hstack lint --stats --sysroots-dir %t/none --sysroot %t/g \
// RUN:   --triple x86_64-linux-gnu --no-host-deps src/ok.c -- > %t/2.out 2> %t/2.err
// RUN: FileCheck %s --check-prefix=REUSED --input-file %t/2.err
// REUSED: 1 files unchanged since an earlier run
// RUN: find cache -name 'lint-*.json' -mtime -1 | FileCheck %s --check-prefix=FRESH --implicit-check-not=2222AAAA
// FRESH: lint-{{[0-9A-F]+}}.json
// RUN: diff %t/1.out %t/2.out
//
// Pruning runs at most once a day (cache/pruned says when it last did).
// RUN: touch -d '40 days ago' cache/0ABC.json
// RUN: env HSTACK_CACHE_DIR=%t/cache %hstack lint --sysroots-dir %t/none --sysroot %t/g \
// RUN:   --triple x86_64-linux-gnu --no-host-deps src/ok.c -- > %t/3.out
// RUN: ls cache | FileCheck %s --check-prefix=KEPT
// KEPT: 0ABC.json
// RUN: touch -d '2 days ago' cache/pruned
// RUN: env HSTACK_CACHE_DIR=%t/cache %hstack lint --sysroots-dir %t/none --sysroot %t/g \
// RUN:   --triple x86_64-linux-gnu --no-host-deps src/ok.c -- > %t/4.out
// RUN: ls cache | FileCheck %s --check-prefix=GONE --implicit-check-not=0ABC
// GONE: pruned

//--- src/ok.c
#include <stdio.h>
int main(void) { return puts("hi"); }
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
int puts(const char *);
#endif
