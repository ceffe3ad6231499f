// A baseline must not depend on the directory hstack runs from. It is
// written while linting from the project root (files recorded as
// "src/compat.c"), then used from the project's src/ directory and with an
// absolute path, as CI scripts and editors do: the same file, the same
// finding, so it is still in the baseline. (Files in a baseline should be
// stored relative to something stable, e.g. the baseline's or the config's
// directory, not the working directory.)
//
// RUN: rm -rf %t && split-file %s %t && cd %t/proj
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps \
// RUN:   --write-baseline %t/proj/base.json src/compat.c -- > /dev/null || true
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps \
// RUN:   --baseline %t/proj/base.json src/compat.c -- | FileCheck %s
// CHECK: hstack: 1 file, 1 target ({{.*}}); 0 findings; {{.*}}; 1 in baseline
//
// From src/.
// RUN: cd %t/proj/src && %hstack lint --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps --baseline %t/proj/base.json compat.c -- | FileCheck %s
// With an absolute path, from elsewhere.
// RUN: cd %t && %hstack lint --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps --baseline %t/proj/base.json %t/proj/src/compat.c -- | FileCheck %s

//--- proj/src/compat.c
#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- u/usr/include/pthread.h
#include <features.h>
#include <stdlib.h>
//--- u/usr/include/stdlib.h
extern int abs(int __x);
