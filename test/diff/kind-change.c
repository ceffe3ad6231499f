// A name that changes kind between the sides is a difference even when it
// stays in the same C namespace: `union sigval` on one side and
// `struct sigval` on the other break `union sigval v;`, and a typedef
// errno_t against a variable errno_t break every use of it. The diff lists
// the old kind as removed and the new one as added, and exits 1.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu k.h > %t/out; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=1
// RUN: FileCheck %s --input-file %t/out
// CHECK-DAG: {{^- sigval +union +k.h:1$}}
// CHECK-DAG: {{^\+ sigval +struct +k.h:1$}}
// CHECK-DAG: {{^- errno_t +typedef +k.h:2$}}
// CHECK-DAG: {{^\+ errno_t +variable +k.h:2$}}

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/k.h
union sigval { int sival_int; };
typedef int errno_t;
//--- b/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 37
//--- b/usr/include/k.h
struct sigval { int sival_int; };
extern int errno_t;
