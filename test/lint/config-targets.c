// .hstack.yaml `targets:`: the targets to lint on when no --target is
// given, found upward from the sources like .clang-tidy. Three fake
// provisioned sysroots (a --sysroots-dir with hstack-manifest.json files)
// stand in for the defaults glibc/musl/uclibc-ng on x86_64; va_list with
// only <stdio.h> breaks on uclibc-ng only.
//
// No config: the default targets, and the finding.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/sysroots --no-host-deps plain/log.c -- \
// RUN:   | FileCheck %s --check-prefix=DEFAULT
// DEFAULT: plain/log.c:3:35: error: 'va_list' is used without including <stdarg.h>{{.*}} [hstack-implicit-include]
// DEFAULT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding
//
// proj/.hstack.yaml lists glibc and musl; the source sits two directories
// below it. Only those targets are linted, in the config's order, and
// nothing breaks there: exit 0.
// RUN: %hstack lint --sysroots-dir %t/sysroots --no-host-deps proj/src/sub/log.c -- \
// RUN:   | FileCheck %s --check-prefix=CONFIG --match-full-lines
// CONFIG:     hstack: 1 file, 2 targets (musl:x86_64, glibc:x86_64); 0 findings; 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// --target wins over the config.
// RUN: not %hstack lint --sysroots-dir %t/sysroots --no-host-deps --target uclibc-ng:x86_64 \
// RUN:   proj/src/sub/log.c -- | FileCheck %s --check-prefix=CLI
// CLI: proj/src/sub/log.c:3:35: error: 'va_list' is used without including <stdarg.h>{{.*}} [hstack-implicit-include]
// CLI: hstack: 1 file, 1 target (uclibc-ng:x86_64); 1 finding
//
// --config names another file, instead of the one found upward.
// RUN: %hstack lint --sysroots-dir %t/sysroots --no-host-deps --config %t/glibc-only.yaml \
// RUN:   plain/log.c -- | FileCheck %s --check-prefix=EXPLICIT
// EXPLICIT: hstack: 1 file, 1 target (glibc:x86_64); 0 findings;
//
// A target the config names that does not exist: exit 2, one error line.
// RUN: not %hstack lint --sysroots-dir %t/sysroots --no-host-deps --config %t/unknown-target.yaml \
// RUN:   plain/log.c -- > %t/unknown.out 2> %t/unknown.err
// RUN: count 0 < %t/unknown.out
// RUN: count 1 < %t/unknown.err
// RUN: FileCheck %s --check-prefix=UNKNOWN --input-file %t/unknown.err
// UNKNOWN: hstack: error: {{.*}}unknown target 'glibc:sparc64'

//--- proj/.hstack.yaml
targets: [musl:x86_64, glibc:x86_64]
//--- glibc-only.yaml
targets:
  - glibc:x86_64
//--- unknown-target.yaml
targets: [glibc:sparc64]
//--- proj/src/sub/log.c
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
//--- plain/log.c
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
//--- sysroots/glibc-x86_64/hstack-manifest.json
{"schema": 1, "libc": "glibc", "version": "2.36", "arch": "x86_64",
 "targets": [{"name": "glibc:x86_64", "triple": "x86_64-linux-gnu", "abi": "lp64"}],
 "include_dirs": ["usr/include"], "made_by": "test"}
//--- sysroots/glibc-x86_64/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- sysroots/glibc-x86_64/usr/include/stdio.h
#include <features.h>
typedef __builtin_va_list va_list;
//--- sysroots/musl-x86_64/hstack-manifest.json
{"schema": 1, "libc": "musl", "version": "1.2.3", "arch": "x86_64",
 "targets": [{"name": "musl:x86_64", "triple": "x86_64-linux-musl", "abi": "lp64"}],
 "include_dirs": ["usr/include"], "made_by": "test"}
//--- sysroots/musl-x86_64/usr/include/bits/alltypes.h
typedef __builtin_va_list va_list;
//--- sysroots/musl-x86_64/usr/include/stdio.h
#include <bits/alltypes.h>
//--- sysroots/uclibc-ng-x86_64/hstack-manifest.json
{"schema": 1, "libc": "uclibc-ng", "version": "1.0.35", "arch": "x86_64",
 "targets": [{"name": "uclibc-ng:x86_64", "triple": "x86_64-linux-gnu", "abi": "lp64"}],
 "include_dirs": ["usr/include"], "made_by": "test"}
//--- sysroots/uclibc-ng-x86_64/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- sysroots/uclibc-ng-x86_64/usr/include/stdio.h
#include <features.h>
