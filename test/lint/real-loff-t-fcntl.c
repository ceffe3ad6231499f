// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// The fix for a name one target lacks is the header that declares it
// there, not one that merely stacks it in everywhere. With _GNU_SOURCE,
// glibc 2.36 and uClibc-ng 1.0.35 typedef loff_t in <sys/types.h>; musl
// 1.2.3 has only `#define loff_t off_t` in <fcntl.h>. <semaphore.h> also
// exposes it on all three (through <sys/types.h> or <fcntl.h>), but
// suggesting it would be right for the wrong reason.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps off.c -- -D_GNU_SOURCE > %t/out; echo "exit=$?" >> %t/out
// RUN: FileCheck %s --input-file %t/out --match-full-lines
// CHECK:      off.c:3:1: error: 'loff_t' is used without including <fcntl.h> (elsewhere it arrives through <sys/types.h>) [hstack-implicit-include]
// CHECK-NEXT: off.c:3:1: note: affects musl:x86_64; fine on glibc:x86_64, uclibc-ng:x86_64
// CHECK-NEXT: off.c:3:1: note: musl:x86_64: breaks: no header the file includes declares 'loff_t' here (unknown type name 'loff_t'; did you mean 'off_t'?); <fcntl.h> does
// CHECK-NEXT: off.c:3:1: note: glibc:x86_64: 'loff_t' arrives through <sys/types.h> [off.c:2 -> sys/types.h:{{[0-9]+}}]
// CHECK-NEXT: off.c:3:1: note: uclibc-ng:x86_64: 'loff_t' arrives through <sys/types.h> [off.c:2 -> sys/types.h:{{[0-9]+}}]
// CHECK-NEXT: off.c:3:1: note: fix-it: insert '#include <fcntl.h>' at line 3
// CHECK:      exit=1

//--- off.c
// loff_t for a splice() offset
#include <sys/types.h>
loff_t off;
