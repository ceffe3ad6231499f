// `hstack lint --help` lists --strict ("Strict standard mode: -std=c11
// -D_POSIX_C_SOURCE=200809L, no _GNU_SOURCE/_DEFAULT_SOURCE") and
// --reserved, shared with `exposure`/`diff`. lint must either apply them or
// refuse them; accepting and silently ignoring an option that changes what
// a file sees is wrong. A fake glibc declares random() only in its default
// (_DEFAULT_SOURCE) mode, as real glibc does (__USE_MISC): in strict mode
// the call does not compile.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// The default mode is clean.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   rand.c -- | FileCheck %s --check-prefix=DEFAULT
// DEFAULT: hstack: 1 file, 1 target ({{.*}}); 0 findings;
// The same flags given by hand break it.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   rand.c -- -std=c11 -D_POSIX_C_SOURCE=200809L | FileCheck %s --check-prefix=BYHAND
// BYHAND: rand.c:2:23: error: {{.*}}'random'{{.*}} [hstack-
// --strict: the same finding, or a usage error naming the option.
// RUN: %hstack lint --strict --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   rand.c -- > %t/strict.out 2>&1 || true
// RUN: FileCheck %s --check-prefix=STRICT --input-file %t/strict.out
// STRICT: {{(rand.c:2:23: error: .*'random'.* \[hstack-|hstack: error: .*strict)}}

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#if !defined __STRICT_ANSI__ && !defined _POSIX_C_SOURCE
# define __USE_MISC 1
#endif
//--- g/usr/include/stdlib.h
#include <features.h>
#ifdef __USE_MISC
long random(void);
#endif
//--- rand.c
#include <stdlib.h>
long r(void) { return random(); }
