// --checks a,b runs only the named checks (comma-separated, or repeated).
// The file trips three checks on a fake uClibc-ng, none of them breaking
// the compile (a check that is off would leave its failure to
// compile-error): internal-header (bits/types.h), identifier-collision (an
// abs macro after <stdlib.h>) and implicit-include (pid_t through
// stdlib.h -> sys/types.h).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- | FileCheck %s --check-prefix=ALL
// ALL: hstack: 1 file, 1 target ({{.*}}); 3 findings (identifier-collision 1, implicit-include 1, internal-header 1);
//
// RUN: %hstack lint --checks internal-header --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/one.out
// RUN: FileCheck %s --check-prefix=ONE --input-file %t/one.out
// ONE-NOT: [hstack-identifier-collision]
// ONE-NOT: [hstack-implicit-include]
// ONE:     a.c:1:1: {{.*}} [hstack-internal-header]
// ONE-NOT: [hstack-identifier-collision]
// ONE-NOT: [hstack-implicit-include]
// ONE:     1 finding (internal-header 1);
//
// Two checks, comma-separated and repeated.
// RUN: %hstack lint --checks internal-header,identifier-collision --sysroots-dir %t/none \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- | FileCheck %s --check-prefix=TWO
// RUN: %hstack lint --checks internal-header --checks identifier-collision --sysroots-dir %t/none \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- | FileCheck %s --check-prefix=TWO
// TWO-NOT: [hstack-implicit-include]
// TWO:     2 findings (identifier-collision 1, internal-header 1);
//
// An unknown check name: exit 2, one line listing the known ones.
// RUN: %hstack lint --checks internal-header,no-such-check --sysroots-dir %t/none \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- > %t/bad.out 2> %t/bad.err; \
// RUN:   echo "exit=$?" > %t/bad.rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/bad.rc
// RC: exit=2
// RUN: count 0 < %t/bad.out
// RUN: count 1 < %t/bad.err
// RUN: FileCheck %s --check-prefix=BAD --input-file %t/bad.err --match-full-lines
// BAD: hstack: error: unknown check 'no-such-check' (known: implicit-include, unavailable-api, identifier-collision, missing-library, internal-header)

//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- u/usr/include/stdlib.h
#include <features.h>
#include <sys/types.h>
extern int abs(int __x);
//--- u/usr/include/sys/types.h
typedef int pid_t;
//--- a.c
#include <bits/types.h>
#include <stdlib.h>
#define abs(a) ((a) < 0 ? -(a) : (a))
pid_t child;
