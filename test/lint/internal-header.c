// internal-header: the file includes a libc implementation header itself
// (bits/..., sys/cdefs.h, asm/...; rules/headers.yaml). glibc's
// bits/types.h is not an interface, and musl has no such file at all: the
// finding breaks on musl and is a warning-worthy dependency on glibc
// internals elsewhere. The public header to include instead is derived from
// the sysroots (the public headers that include the internal one).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps src/types.c -- \
// RUN:   > %t/types.out; echo "exit=$?" > %t/types.rc
// RUN: FileCheck %s --check-prefix=RC1 --input-file %t/types.rc
// RC1: exit=1
// RUN: FileCheck %s --check-prefix=TYPES --input-file %t/types.out --match-full-lines
// TYPES:      src/types.c:1:1: error: <bits/types.h> is a libc implementation header; include <sys/types.h> instead [hstack-internal-header]
// TYPES-NEXT: src/types.c:1:1: note: affects glibc-2.36:x86_64, musl-unknown:x86_64
// TYPES-NEXT: src/types.c:1:1: note: glibc-2.36:x86_64: <bits/types.h> is an internal header of glibc 2.36; public headers that include it: <stdint.h> and <sys/types.h>
// TYPES-NEXT: src/types.c:1:1: note: musl-unknown:x86_64: breaks: <bits/types.h> does not exist on musl-unknown:x86_64
// TYPES-NEXT: hstack: 1 file, 2 targets (glibc-2.36:x86_64, musl-unknown:x86_64); 1 finding (internal-header 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// The JSON form.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps src/types.c -- \
// RUN:   | FileCheck %s --check-prefix=TYPES-JSON
// TYPES-JSON:      "check": "internal-header",
// TYPES-JSON-NEXT: "severity": "error",
// TYPES-JSON-NEXT: "file": "src/types.c",
// TYPES-JSON-NEXT: "line": 1,
// TYPES-JSON-NEXT: "column": 1,
// TYPES-JSON-NEXT: "name": "bits/types.h",
// TYPES-JSON-NEXT: "message": "<bits/types.h> is a libc implementation header; include <sys/types.h> instead",
// TYPES-JSON-NEXT: "breaks": true,
// TYPES-JSON-NEXT: "portability_specific": true,
// TYPES-JSON:      "target": "glibc-2.36:x86_64",
// TYPES-JSON-NEXT: "breaks": false,
// TYPES-JSON:      "target": "musl-unknown:x86_64",
// TYPES-JSON-NEXT: "breaks": true,
// TYPES-JSON:      "context": "#include <bits/types.h>"
//
// Internal on every target but present everywhere (glibc and uClibc-ng
// both have bits/types.h): still reported, as a warning the same on every
// target; it breaks nothing, so exit 0.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/types.c -- \
// RUN:   | FileCheck %s --check-prefix=EVERY --match-full-lines
// EVERY:      src/types.c:1:1: warning: <bits/types.h> is a libc implementation header; include <sys/types.h> instead (on every target) [hstack-internal-header]
// EVERY-NEXT: src/types.c:1:1: note: glibc-2.36:x86_64: <bits/types.h> is an internal header of glibc 2.36; public headers that include it: <stdint.h> and <sys/types.h>
// EVERY-NEXT: src/types.c:1:1: note: uclibc-ng-1.0.45:x86_64: <bits/types.h> is an internal header of uclibc-ng 1.0.45; public headers that include it: <sys/types.h>
//
// A kernel asm/ header that a libc header wraps: include the wrapper.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/sys.c -- \
// RUN:   | FileCheck %s --check-prefix=ASM --match-full-lines
// ASM:      src/sys.c:1:1: warning: <asm/unistd.h> is a kernel implementation header; include <sys/syscall.h> instead (on every target) [hstack-internal-header]
// ASM-NEXT: src/sys.c:1:1: note: glibc-2.36:x86_64: <asm/unistd.h> is a kernel header of glibc 2.36; public headers that include it: <sys/syscall.h>
//
// A kernel header whose only includer is deep in the tree (pciutils'
// <asm/byteorder.h>, reached on the real sysroots by <scsi/fc/fc_els.h>
// alone): that includer is a coincidence, not a replacement to advise.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/order.c -- | FileCheck %s --check-prefix=DEEP --match-full-lines
// DEEP:      src/order.c:1:1: warning: <asm/byteorder.h> is a kernel implementation header; include the public header that declares what you need (on every target) [hstack-internal-header]
// DEEP-NEXT: src/order.c:1:1: note: glibc-2.36:x86_64: <asm/byteorder.h> is a kernel header of glibc 2.36; public headers that include it: <net/fc/fc_els.h>
//
// A package's own copy of a kernel header (libnl3's
// include/linux-private/linux/in.h, reached as <linux/in.h> through -I)
// includes <asm/byteorder.h> as the kernel's headers do: not the
// package's choice to report. The file's own direct include still is.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/vendored.c -- -Isrc/linux-private | FileCheck %s --check-prefix=VENDORED --match-full-lines
// VENDORED:      src/vendored.c:2:1: warning: <asm/byteorder.h> is a kernel implementation header; {{.*}} [hstack-internal-header]
// VENDORED-NOT:  linux-private
// VENDORED:      hstack: 1 file, 1 target (glibc-2.36:x86_64); 1 finding (internal-header 1); {{.*}}
//
// The public header itself is fine.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/public.c -- \
// RUN:   | FileCheck %s --check-prefix=PUBLIC
// PUBLIC-NOT: [hstack-
// PUBLIC:     hstack: 1 file, 2 targets ({{.*}}); 0 findings;

//--- g/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- g/usr/include/bits/types.h
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H 1
typedef unsigned int __uint32_t;
#endif
//--- g/usr/include/sys/types.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
#include <features.h>
#include <bits/types.h>
#endif
//--- g/usr/include/stdint.h
#include <bits/types.h>
typedef __uint32_t uint32_t;
//--- g/usr/include/asm/unistd.h
#define __NR_read 0
//--- g/usr/include/sys/syscall.h
#include <asm/unistd.h>
//--- m/usr/include/bits/alltypes.h
typedef unsigned long size_t;
//--- m/usr/include/stdio.h
#include <bits/alltypes.h>
//--- m/usr/include/sys/types.h
#include <bits/alltypes.h>
//--- u/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
#endif
//--- u/usr/include/bits/types.h
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H 1
typedef unsigned int __uint32_t;
#endif
//--- u/usr/include/sys/types.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
#include <features.h>
#include <bits/types.h>
#endif
//--- u/usr/include/asm/unistd.h
#define __NR_read 0
//--- u/usr/include/sys/syscall.h
#include <asm/unistd.h>
//--- g/usr/include/asm/byteorder.h
#define __LITTLE_ENDIAN 1234
//--- g/usr/include/net/fc/fc_els.h
#include <asm/byteorder.h>
//--- src/order.c
#include <asm/byteorder.h>
//--- src/linux-private/linux/in.h
#include <asm/byteorder.h>
struct in_addr_copy { unsigned int s_addr; };
//--- src/vendored.c
#include <linux/in.h>
#include <asm/byteorder.h>
struct in_addr_copy a;
//--- src/types.c
#include <bits/types.h>

__uint32_t checksum;
//--- src/sys.c
#include <asm/unistd.h>
int nr = __NR_read;
//--- src/public.c
#include <sys/types.h>
#include <sys/syscall.h>
int nr = __NR_read;
