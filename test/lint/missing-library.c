// missing-library: APIs that some libc leaves to a separate package or
// library (rules/libraries.yaml). <argp.h> is part of glibc, while musl and
// uClibc-ng need the argp-standalone package and -largp: on those targets
// the #include fails, and the finding says which package provides it. A
// function that compiles everywhere but needs an extra link library on one
// libc (sin() and -lm on glibc) is a warning: it does not break the compile.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/cli.c -- > %t/cli.out; echo "exit=$?" > %t/cli.rc
// RUN: FileCheck %s --check-prefix=RC1 --input-file %t/cli.rc
// RC1: exit=1
// RUN: FileCheck %s --check-prefix=ARGP --input-file %t/cli.out --match-full-lines
// ARGP:      src/cli.c:1:1: error: <argp.h> comes from a separate package on musl-unknown:x86_64 and uclibc-ng-1.0.45:x86_64 [hstack-missing-library]
// ARGP-NEXT: src/cli.c:1:1: note: affects musl-unknown:x86_64, uclibc-ng-1.0.45:x86_64; fine on glibc-2.36:x86_64
// ARGP-NEXT: src/cli.c:1:1: note: musl-unknown:x86_64: breaks: <argp.h> is not part of musl; install argp-standalone, link with -largp; {{.*}} (source: {{.*}})
// ARGP-NEXT: src/cli.c:1:1: note: uclibc-ng-1.0.45:x86_64: breaks: <argp.h> is not part of uclibc-ng; install argp-standalone, link with -largp; {{.*}} (source: {{.*}})
// ARGP-NEXT: hstack: 1 file, 3 targets ({{.*}}); 1 finding (missing-library 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// The JSON form.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/cli.c -- | FileCheck %s --check-prefix=ARGP-JSON
// ARGP-JSON:      "check": "missing-library",
// ARGP-JSON-NEXT: "severity": "error",
// ARGP-JSON-NEXT: "file": "src/cli.c",
// ARGP-JSON-NEXT: "line": 1,
// ARGP-JSON-NEXT: "column": 1,
// ARGP-JSON-NEXT: "name": "argp.h",
// ARGP-JSON-NEXT: "message": "<argp.h> comes from a separate package on musl-unknown:x86_64 and uclibc-ng-1.0.45:x86_64",
// ARGP-JSON-NEXT: "breaks": true,
// ARGP-JSON-NEXT: "portability_specific": true,
// ARGP-JSON-NEXT: "environment": false,
// ARGP-JSON-NEXT: "targets_affected": [
// ARGP-JSON-NEXT:   "musl-unknown:x86_64",
// ARGP-JSON-NEXT:   "uclibc-ng-1.0.45:x86_64"
// ARGP-JSON-NEXT: ],
// ARGP-JSON-NEXT: "targets_ok": [
// ARGP-JSON-NEXT:   "glibc-2.36:x86_64"
// ARGP-JSON-NEXT: ],
// ARGP-JSON-NEXT: "per_target": [
// ARGP-JSON-NEXT:   {
// ARGP-JSON-NEXT:     "target": "musl-unknown:x86_64",
// ARGP-JSON-NEXT:     "breaks": true,
// ARGP-JSON-NEXT:     "note": "<argp.h> is not part of musl; install argp-standalone, link with -largp;{{.*}}",
// ARGP-JSON-NEXT:     "chain": []
// ARGP-JSON:          "context": "#include <argp.h>"
//
// Where the header exists (glibc) the file is fine: no other check claims
// the missing header on musl/uClibc-ng either (it is not unavailable-api).
// RUN: FileCheck %s --check-prefix=ARGP-ONLY --input-file %t/cli.out
// ARGP-ONLY-NOT: [hstack-unavailable-api]
// ARGP-ONLY-NOT: [hstack-compile-error]
//
// A function that needs another library at link time on one libc only.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/trig.c -- > %t/trig.out; echo "exit=$?" >> %t/trig.out
// RUN: FileCheck %s --check-prefix=LIBM --input-file %t/trig.out --match-full-lines
// (rules/libraries.yaml: the provisioned uClibc-ng config builds no libm.)
// LIBM:      src/trig.c:2:29: warning: 'sin' needs -lm when linking on glibc-2.36:x86_64; it compiles but no library provides it on uclibc-ng-1.0.45:x86_64 [hstack-missing-library]
// LIBM-NEXT: src/trig.c:2:29: note: affects glibc-2.36:x86_64, uclibc-ng-1.0.45:x86_64; fine on musl-unknown:x86_64{{.*}}
// LIBM-NEXT: src/trig.c:2:29: note: glibc-2.36:x86_64: 'sin' (libm) is not in glibc's libc: link with -lm{{.*}}
// LIBM:      exit=0
//
// The package for libintl.h on uClibc-ng is gettext, with -lintl.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/intl.c -- | FileCheck %s --check-prefix=INTL
// INTL:      src/intl.c:1:1: error: <libintl.h> comes from a separate package on uclibc-ng-1.0.45:x86_64 [hstack-missing-library]
// INTL:      src/intl.c:1:1: note: uclibc-ng-1.0.45:x86_64: breaks: <libintl.h> is not part of uclibc-ng; install gettext, link with -lintl;

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/argp.h
#ifndef _ARGP_H
#define _ARGP_H 1
struct argp { int options; };
int argp_parse(const struct argp *, int, char **, unsigned, int *, void *);
#endif
//--- g/usr/include/math.h
double sin(double);
//--- g/usr/include/libintl.h
char *gettext(const char *);
//--- m/usr/include/bits/alltypes.h
typedef unsigned long size_t;
//--- m/usr/include/stdio.h
#include <bits/alltypes.h>
//--- m/usr/include/math.h
double sin(double);
//--- m/usr/include/libintl.h
char *gettext(const char *);
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/math.h
double sin(double);
//--- src/cli.c
#include <argp.h>

static struct argp parser = {0};
int parse(int argc, char **argv) { return argp_parse(&parser, argc, argv, 0, 0, 0); }
//--- src/trig.c
#include <math.h>
double f(double x) { return sin(x); }
//--- src/intl.c
#include <libintl.h>
const char *hello(void) { return gettext("hello"); }
