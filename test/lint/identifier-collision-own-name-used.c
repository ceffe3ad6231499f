// identifier-collision: when the file's own `BOOL clone;` collides with
// uClibc-ng's clone() (reached through pthread.h -> sched.h -> bits/sched.h)
// and the file then uses its own variable, the use is of the file's name,
// not of the libc's: one identifier-collision finding, and no second
// implicit-include finding claiming that 'clone' "is declared only by
// headers this file does not include" (a cascade of the failed
// redeclaration, with advice that would make things worse).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps readcd.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK:     readcd.c:4:1: error: 'clone' is also declared by libc headers this file includes; rename it [hstack-identifier-collision]
// CHECK-NOT: [hstack-implicit-include]
// CHECK:     hstack: 1 file, 2 targets ({{.*}}); 1 finding (identifier-collision 1);

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/pthread.h
#include <features.h>
#include <sched.h>
//--- g/usr/include/sched.h
int sched_yield(void);
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- u/usr/include/pthread.h
#include <features.h>
#include <sched.h>
//--- u/usr/include/sched.h
#include <bits/sched.h>
int sched_yield(void);
//--- u/usr/include/bits/sched.h
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);
//--- readcd.c
#include <pthread.h>

typedef int BOOL;
BOOL clone;
int main(void) { return clone ? 0 : 1; }
