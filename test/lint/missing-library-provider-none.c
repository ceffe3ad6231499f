// missing-library: rules/libraries.yaml says that on uClibc-ng (the
// provisioned configuration, DO_C99_MATH unset) math.h declares sin() but no
// library defines it: the call compiles and then fails to link, and -lm
// fails too (provider: none). A file calling sin() must therefore list
// uClibc-ng among the affected targets, with the rule's note, and must not
// call it "fine on" uClibc-ng. Same for openpty() (util: provider none on
// uClibc-ng; pty.h declares it, nothing links it).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps trig.c -- > %t/trig.json
// RUN: FileCheck %s --input-file %t/trig.json
// CHECK:      "name": "sin",
// CHECK:      "targets_ok": [],
// CHECK:      "target": "uclibc-ng-1.0.35:x86_64",
// CHECK:      "note": "{{.*}}DO_C99_MATH{{.*}}",
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps trig.c -- \
// RUN:   | FileCheck %s --check-prefix=TEXT
// TEXT-NOT: fine on {{.*}}uclibc-ng

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/math.h
double sin(double);
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- u/usr/include/math.h
double sin(double);
//--- trig.c
#include <math.h>
double f(double x) { return sin(x); }
