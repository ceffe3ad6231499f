// Inline suppression: `// hstack: ignore(check-name)` on the finding's line
// or on the line above silences that check there (several names separated
// by commas, or `*` for all). Suppressed findings are counted in the
// summary and in JSON; other checks, and other lines, are still reported.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/a.c -- \
// RUN:   > %t/a.out; echo "exit=$?" >> %t/a.out
// RUN: FileCheck %s --input-file %t/a.out
// CHECK-NOT: src/a.c:3:
// CHECK-NOT: src/a.c:6:
// CHECK-NOT: src/a.c:9:
// CHECK:     src/a.c:11:1: warning: <bits/wrong.h> is a libc implementation header;{{.*}} [hstack-internal-header]
// CHECK-NOT: src/a.c:14:
// CHECK:     src/a.c:16:1: warning: <bits/types.h> is a libc implementation header;{{.*}} [hstack-internal-header]
// CHECK:     hstack: 1 file, 2 targets ({{.*}}); 2 findings (internal-header 2); 0 environment problems; 0 skipped; 4 suppressed; 0 in baseline
// CHECK:     exit=0
//
// RUN: %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/a.c -- \
// RUN:   | FileCheck %s --check-prefix=JSON
// JSON: "suppressed": 4,
//
// Without the comments, all six are reported.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/bare.c -- \
// RUN:   | FileCheck %s --check-prefix=BARE
// BARE: hstack: 1 file, 2 targets ({{.*}}); 6 findings (internal-header 6); 0 environment problems; 0 skipped; 0 suppressed;

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/bits/a.h
//--- g/usr/include/bits/b.h
//--- g/usr/include/bits/c.h
//--- g/usr/include/bits/d.h
//--- g/usr/include/bits/wrong.h
//--- g/usr/include/bits/types.h
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/bits/a.h
//--- u/usr/include/bits/b.h
//--- u/usr/include/bits/c.h
//--- u/usr/include/bits/d.h
//--- u/usr/include/bits/wrong.h
//--- u/usr/include/bits/types.h
//--- src/a.c
/* On the line itself. */

#include <bits/a.h> // hstack: ignore(internal-header)
/* On the line above. */
// hstack: ignore(internal-header)
#include <bits/b.h>
/* Several names. */
// hstack: ignore(implicit-include, internal-header)
#include <bits/c.h>
/* Another check's name does not silence this one. */
#include <bits/wrong.h> // hstack: ignore(identifier-collision)
/* All checks. */
// hstack: ignore(*)
#include <bits/d.h>
/* Two lines above is too far. */
#include <bits/types.h>
//--- src/bare.c
#include <bits/a.h>
#include <bits/b.h>
#include <bits/c.h>
#include <bits/d.h>
#include <bits/wrong.h>
#include <bits/types.h>
