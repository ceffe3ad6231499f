// --cheap compares shapes of types ("a struct"), which cannot tell a
// struct the libc defines from one it only declares. A proof must not let
// a target stand in with its lead where the package's code needs a libc
// record complete and the target leaves it incomplete: an object of its
// type, sizeof, pointer arithmetic, a value of it. Where the code only
// passes pointers, the target may still be proved. Both modes must
// report the same bytes (before the fix, --cheap proved by-value.c on b
// and reported no failure there).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --format json --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu --no-host-deps -j1 \
// RUN:   by-value.c sizeof.c arith.c deref.c pointers.c -- > exact.json
// RUN: not %hstack lint --format json --cheap --stats --sysroots-dir %t/none \
// RUN:   --sysroot %t/a --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/b --triple x86_64-linux-gnu --no-host-deps -j1 \
// RUN:   by-value.c sizeof.c arith.c deref.c pointers.c -- > cheap.json 2> stats.txt
// RUN: cmp exact.json cheap.json
// RUN: FileCheck %s --input-file exact.json
// RUN: FileCheck %s --check-prefix=STATS --input-file stats.txt
//
// Four files fail on b (it declares struct foo and defines it nowhere),
// none on a; pointers.c compiles on both.
// CHECK-COUNT-4: "message": "'struct foo' is declared but never defined (an opaque type) on uclibc-ng-1..:x86_64",
// CHECK-NOT:     "check": "compile-error",
// STATS: 5 files x 2 targets: 9 parsed in full, 1 proved by preprocessing
// STATS-DAG: 2  'foo_t' is complete on the lead, not here
// STATS-DAG: 1  'foo' is complete on the lead, not here
// STATS-DAG: 1  'get_foo' is complete on the lead, not here

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/foo.h
#include <features.h>
struct foo { int a; };
typedef struct foo foo_t;
foo_t *get_foo(void);
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
//--- b/usr/include/foo.h
#include <features.h>
struct foo;
typedef struct foo foo_t;
foo_t *get_foo(void);
//--- by-value.c
#include <foo.h>
foo_t copy;
//--- sizeof.c
#include <foo.h>
unsigned long size(void) { return sizeof(struct foo); }
//--- arith.c
#include <foo.h>
foo_t *next(foo_t *p) { return p + 1; }
//--- deref.c
#include <foo.h>
void touch(void) { (void)*get_foo(); }
//--- pointers.c
#include <foo.h>
static foo_t *last;
void keep(foo_t *p) { last = p ? p : get_foo(); }
