// host-sizeof: config.h states a type's size as configure measured it on
// the build host (`#define SIZEOF_LONG 8` on x86_64), the file decides by
// it, and on a target the type has another size (long is 4 bytes on
// i686). rsync's rsync.h picks its int64 by `#elif SIZEOF_LONG == 8`:
// long, 4 bytes on a 32-bit target.
//  - A check that fails on the target: an error at the #define, and the
//    compile error is its consequence, not a compile-error of its own.
//  - A package header's #if decides by it: a warning, with the #if.
//  - A typedef of the libc (off_t) is measured on each target.
//  - A prefixed macro counts too (libevent's EVENT__SIZEOF_SIZE_T).
//  - No finding for a claim that holds (SIZEOF_INT), one the file never
//    spells (SIZEOF_VOID_P), one whose definedness only is tested, a type
//    the file does not declare, or gnulib's BITSIZEOF_* (bits).
//  - One finding per #define, whatever the number of files.
//  - A size stated for the package's own struct that is its size on no
//    target is no measurement of it: no finding.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps a.c b.c -- -I. > %t/out
// RUN: FileCheck %s --input-file %t/out --match-full-lines
// CHECK:      config.h:1:1: error: 'SIZEOF_LONG' is 8: configure measured 'long' on the build host, and it has another size on some targets; run configure for each target, or use sizeof [hstack-host-sizeof]
// CHECK-NEXT: config.h:1:1: note: affects glibc-2.36:i686; fine on glibc-2.36:x86_64
// CHECK-NEXT: config.h:1:1: note: glibc-2.36:i686: breaks: 'long' is 4 bytes here, not 8; pkg.h:2 `#if SIZEOF_LONG == 8` declares 'int64'; then: a.c:4: 'check_int64' declared as an array with a negative size [a.c:4]
// CHECK-NEXT: config.h:4:1: warning: 'SIZEOF_OFF_T' is 8: configure measured 'off_t' on the build host, and it has another size on some targets; run configure for each target, or use sizeof [hstack-host-sizeof]
// CHECK-NEXT: config.h:4:1: note: affects glibc-2.36:i686; fine on glibc-2.36:x86_64
// CHECK-NEXT: config.h:4:1: note: glibc-2.36:i686: 'off_t' is 4 bytes here, not 8; the file decides by it: `#if SIZEOF_OFF_T == 8` [a.c:2 -> pkg.h:5]
// CHECK-NEXT: config.h:6:1: warning: 'EV__SIZEOF_SIZE_T' is 8: configure measured 'size_t' on the build host, and it has another size on some targets; run configure for each target, or use sizeof [hstack-host-sizeof]
// CHECK-NEXT: config.h:6:1: note: affects glibc-2.36:i686; fine on glibc-2.36:x86_64
// CHECK-NEXT: config.h:6:1: note: glibc-2.36:i686: 'size_t' is 4 bytes here, not 8; the file decides by it: `#if EV__SIZEOF_SIZE_T == 8` [a.c:2 -> pkg.h:12]
// CHECK-NEXT: hstack: config.h: host-sizeof 3
// CHECK-NEXT: hstack: 2 files, 2 targets (glibc-2.36:x86_64, glibc-2.36:i686); 3 findings (host-sizeof 3); {{.*}}
//
// --cheap proves nothing here it should not: the same report.
// RUN: not %hstack lint --cheap --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps a.c b.c -- -I. > %t/cheap
// RUN: diff %t/out %t/cheap
//
// An error a size cannot cause (an undeclared name), on a line that
// spells the macro, is not the claim's doing: a compile-error, and the
// claim stays a warning.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps c.c -- -I. > %t/out3
// RUN: FileCheck %s --check-prefix=OTHER --input-file %t/out3
// OTHER: c.c:3:24: error: fails to compile for a reason no check explains: use of undeclared identifier 'not_declared' (on every target) [hstack-compile-error]
// OTHER: config.h:1:1: warning: 'SIZEOF_LONG' is 8: {{.*}} [hstack-host-sizeof]
// OTHER-NEXT: note: affects glibc-2.36:i686; fine on glibc-2.36:x86_64
// OTHER-NEXT: note: glibc-2.36:i686: 'long' is 4 bytes here, not 8; the file uses it [c.c:3]
//
// A dependency's installed header is not the package's configuration:
// its size macros are no claim of the package's.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --deps-sysroot %t/deps d.c \
// RUN:   | FileCheck %s --check-prefix=DEP
// DEP: hstack: 1 file, 2 targets ({{.*}}); 0 findings;
//
// With #line directives (bison's output) an error's line is not the
// file's own line: its text names nothing. A failure on the line after
// `int64 other;` (a 64-bit pointer check, not the claim's doing) stays a
// compile-error, and SIZEOF_LONG a warning.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps e.c -- -I. > %t/out5
// RUN: FileCheck %s --check-prefix=LINE --input-file %t/out5
// LINE-DAG: static assertion failed{{.*}}[hstack-compile-error]
// LINE-DAG: config.h:1:1: warning: 'SIZEOF_LONG' is 8{{.*}}[hstack-host-sizeof]
// Nor is the context of a finding there the file's line of that number.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps e.c -- -I. | FileCheck %s --check-prefix=LINECTX
// LINECTX:     "check": "compile-error",
// LINECTX-NOT: "check"
// LINECTX:     "context": ""
//
// The package's own types: a size that holds on no target is not a
// measurement of the type (socat's SIZEOF_STRUCT_SOCKS4 8, a protocol's
// header length beside a 12-byte struct): no finding. One that holds
// where configure ran, and not elsewhere, is configure's.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps f.c -- -I. > %t/out6
// RUN: FileCheck %s --check-prefix=OWN --input-file %t/out6 --match-full-lines
// OWN:      proto.h:10:1: warning: 'SIZEOF_STRUCT_REC' is 8: configure measured 'struct rec' on the build host, and it has another size on some targets; run configure for each target, or use sizeof [hstack-host-sizeof]
// OWN-NEXT: proto.h:10:1: note: affects glibc-2.36:i686; fine on glibc-2.36:x86_64
// OWN-NEXT: proto.h:10:1: note: glibc-2.36:i686: 'struct rec' is 4 bytes here, not 8; the file uses it [f.c:3]
// OWN-NEXT: hstack: 1 file, 2 targets (glibc-2.36:x86_64, glibc-2.36:i686); 1 finding (host-sizeof 1); {{.*}}
//
// In JSON the finding sits in config.h, with no context from the main file.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps a.c -- -I. | FileCheck %s --check-prefix=JSON
// JSON:      "file_results": [
// JSON:      "breaks_on": [
// JSON-NEXT:   "glibc-2.36:i686"
// JSON:      "check": "host-sizeof",
// JSON-NEXT: "severity": "error",
// JSON-NEXT: "file": "config.h",
// JSON-NOT:  "check"
// JSON:      "context": ""

//--- config.h
#define SIZEOF_LONG 8
#define SIZEOF_INT 4
#define SIZEOF_VOID_P 8
#define SIZEOF_OFF_T 8
#define SIZEOF_FOO_T 8
#define EV__SIZEOF_SIZE_T 8
#define PKG_SIZEOF_LONG 8
#define BITSIZEOF_SIZE_T 64
//--- pkg.h
#include <sys/types.h>
#if SIZEOF_LONG == 8
typedef long int64;
#endif
#if SIZEOF_OFF_T == 8
# define OFF_T_IS_WIDE 1
#endif
#ifdef PKG_SIZEOF_LONG
#endif
#if defined (PKG_SIZEOF_LONG) || !defined PKG_SIZEOF_LONG
#endif
#if EV__SIZEOF_SIZE_T == 8
# define SIZE_IS_WIDE 1
#endif
#if BITSIZEOF_SIZE_T == 64
#endif
//--- a.c
#include "config.h"
#include "pkg.h"
/* rsync's configure probe, in short. */
char check_int64[sizeof (int64) == 8 ? 1 : -1];
int n = SIZEOF_INT + SIZEOF_FOO_T;
//--- b.c
#include "config.h"
#include "pkg.h"
int64 total;
//--- c.c
#include "config.h"
#include "pkg.h"
long n = SIZEOF_LONG + not_declared;
//--- d.c
#include <dep/dep-config.h>
long d = DEP_SIZEOF_LONG;
//--- deps/usr/include/dep/dep-config.h
#define DEP_SIZEOF_LONG 8
//--- e.c
#line 1 "e.y"
#include "config.h"
#include "pkg.h"
int64 other;
_Static_assert (sizeof (void *) == 8, "a 64-bit machine");
//--- proto.h
struct hdr {
  unsigned char version;
  unsigned char action;
  unsigned short port;
  unsigned int dest;
  char userid[1];
};
#define SIZEOF_STRUCT_HDR 8
struct rec { long a; };
#define SIZEOF_STRUCT_REC 8
//--- f.c
#include "proto.h"
unsigned char head[SIZEOF_STRUCT_HDR];
unsigned char body[SIZEOF_STRUCT_REC];
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/sys/types.h
#include <features.h>
typedef long off_t;
typedef unsigned long size_t;
