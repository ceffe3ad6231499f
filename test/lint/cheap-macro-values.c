// A libc macro may expand to other numbers on another libc, and numbers
// decide whether code compiles: with EAGAIN and EWOULDBLOCK the same
// number, `case EAGAIN: case EWOULDBLOCK:` is a duplicate case. --cheap
// compares the numbers and character constants libc macros put into the
// package's code, not only their identifiers, so b is parsed in full and
// both modes report its failure (before, --cheap proved b like a).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --format json --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu --no-host-deps retry.c -- > exact.json
// RUN: not %hstack lint --format json --cheap --stats --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu --no-host-deps retry.c -- \
// RUN:   > cheap.json 2> stats.txt
// RUN: cmp exact.json cheap.json
// RUN: FileCheck %s --input-file exact.json
// RUN: FileCheck %s --check-prefix=STATS --input-file stats.txt
// CHECK:      "breaks_on": [
// CHECK-NEXT:   "uclibc-ng-1..:x86_64"
// CHECK-NEXT: ]
// The failure is the macros' numbers, not a clash of names: the file
// declares neither (the explanation was identifier-collision, "rename it").
// CHECK-NOT:  identifier-collision
// CHECK:      "check": "compile-error",
// CHECK-NOT:  identifier-collision
// CHECK:      "message": "fails to compile for a reason no check explains: duplicate case value '11'",
// STATS: 0 proved by preprocessing
// STATS: 1  the libc's macros expand differently

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/errno.h
#include <features.h>
extern int errno;
#define EAGAIN 11
#define EWOULDBLOCK 35
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
//--- b/usr/include/errno.h
#include <features.h>
extern int errno;
#define EAGAIN 11
#define EWOULDBLOCK 11
//--- retry.c
#include <errno.h>
int retry(void) {
  switch (errno) {
  case EAGAIN:
    return 1;
  case EWOULDBLOCK:
    return 2;
  }
  return 0;
}
