// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// A forgotten #include for a constant that libcs define in internal
// headers: EINVAL (errno.h -> bits/errno.h -> asm/errno.h ->
// asm-generic/errno-base.h), SIGINT (signal.h -> bits/signum*.h), O_RDONLY
// (fcntl.h -> bits/fcntl*.h). No libc's stdlib.h or stdio.h reaches them,
// so the file breaks on every target, and every libc has them: one
// implicit-include finding per name, with the public header that declares
// it (errno.h, signal.h, fcntl.h), and no claim that a libc "does not
// declare" them (unavailable-api).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps einval.c sigint.c rdonly.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK-NOT: [hstack-unavailable-api]
// CHECK:     einval.c:3:15: error: 'EINVAL' is used without including <errno.h> (on every target) [hstack-implicit-include]
// CHECK:     einval.c:3:15: note: fix-it: insert '#include <errno.h>' at line 2
// CHECK-NOT: [hstack-unavailable-api]
// CHECK:     rdonly.c:3:13: error: 'O_RDONLY' is used without including <fcntl.h> (on every target) [hstack-implicit-include]
// CHECK:     rdonly.c:3:13: note: fix-it: insert '#include <fcntl.h>' at line 2
// CHECK-NOT: [hstack-unavailable-api]
// CHECK:     sigint.c:3:11: error: 'SIGINT' is used without including <signal.h> (on every target) [hstack-implicit-include]
// CHECK:     sigint.c:3:11: note: fix-it: insert '#include <signal.h>' at line 2
// CHECK-NOT: [hstack-unavailable-api]
// CHECK:     hstack: 3 files, 3 targets ({{.*}}); 3 findings (implicit-include 3);

//--- einval.c
#include <stdlib.h>

int invalid = EINVAL;
//--- sigint.c
#include <stdlib.h>

int sig = SIGINT;
//--- rdonly.c
#include <stdio.h>

int flags = O_RDONLY;
