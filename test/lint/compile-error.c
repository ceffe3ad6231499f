// compile-error (pseudo-check): a target where the file fails to compile for
// a reason none of the five checks explains still gets a finding, so that
// every failure is visible and counted. It points at the error in the file
// (or at the #include leading to it) and notes the compiler's message per
// target. It cannot be turned off: it is not a check.
//
// A syntax error: the same on every target.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/syntax.c -- > %t/syntax.out; echo "exit=$?" >> %t/syntax.out
// RUN: FileCheck %s --check-prefix=SYNTAX --input-file %t/syntax.out --match-full-lines
// SYNTAX:      src/syntax.c:3:25: error: fails to compile for a reason no check explains: expected expression (on every target) [hstack-compile-error]
// SYNTAX-NEXT: src/syntax.c:3:25: note: glibc-2.36:x86_64: breaks: syntax.c:3: expected expression [syntax.c:3]
// SYNTAX-NEXT: hstack: 1 file, 1 target (glibc-2.36:x86_64); 1 finding (compile-error 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
// SYNTAX-NEXT: exit=1
//
// A failure on one target only (the same headers as i686): portability-
// specific, with the affected and the fine targets.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps src/lp64.c -- \
// RUN:   | FileCheck %s --check-prefix=LP64 --match-full-lines
// LP64:      src/lp64.c:2:16: error: fails to compile for a reason no check explains: static assertion failed due to requirement 'sizeof(long) == 8': needs LP64 [hstack-compile-error]
// LP64-NEXT: src/lp64.c:2:16: note: affects glibc-2.36:i686; fine on glibc-2.36:x86_64
// LP64-NEXT: src/lp64.c:2:16: note: glibc-2.36:i686: breaks: lp64.c:2: static assertion failed due to requirement 'sizeof(long) == 8': needs LP64 [lp64.c:2]
//
// The JSON form: check "compile-error", not an environment problem.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps src/lp64.c -- \
// RUN:   | FileCheck %s --check-prefix=JSON
// JSON:      "check": "compile-error",
// JSON-NEXT: "severity": "error",
// JSON-NEXT: "file": "src/lp64.c",
// JSON-NEXT: "line": 2,
// JSON-NEXT: "column": 16,
// JSON:      "breaks": true,
// JSON-NEXT: "portability_specific": true,
// JSON-NEXT: "environment": false,
// JSON-NEXT: "targets_affected": [
// JSON-NEXT:   "glibc-2.36:i686"
// JSON-NEXT: ],
// JSON-NEXT: "targets_ok": [
// JSON-NEXT:   "glibc-2.36:x86_64"
// JSON-NEXT: ],
//
// --checks does not hide it: with every real check off, failures still show.
// RUN: not %hstack lint --checks internal-header --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/syntax.c -- | FileCheck %s --check-prefix=ALWAYS
// ALWAYS: src/syntax.c:3:25: error: {{.*}} [hstack-compile-error]
//
// The same error inside a libc header on two sysroots, even on different
// lines, is one finding with both targets' evidence: keyed by where it is
// reported and its message (with the header's path or line in the key,
// the two findings had the same place and message and one was dropped as
// a duplicate, so that target looked fine).
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g2 --triple aarch64-linux-gnu --no-host-deps src/mode.c -- -DBROKEN_MODE \
// RUN:   | FileCheck %s --check-prefix=TWO --match-full-lines
// TWO:      src/mode.c:1:1: error: fails to compile for a reason no check explains: expected expression (on every target) [hstack-compile-error]
// TWO-NEXT: src/mode.c:1:1: note: glibc-2.36:x86_64: breaks: broken.h:2: expected expression [mode.c:1 -> broken.h:2]
// TWO-NEXT: src/mode.c:1:1: note: glibc-2.36:aarch64: breaks: broken.h:3: expected expression [mode.c:1 -> broken.h:3]
// TWO-NEXT: hstack: 1 file, 2 targets (glibc-2.36:x86_64, glibc-2.36:aarch64); 1 finding (compile-error 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// A clean file: nothing.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/g --triple i686-linux-gnu --no-host-deps src/clean.c -- \
// RUN:   | FileCheck %s --check-prefix=CLEAN
// CLEAN-NOT: [hstack-
// CLEAN:     hstack: 1 file, 2 targets ({{.*}}); 0 findings;

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
#include <features.h>
int puts(const char *);
//--- src/syntax.c
#include <stdio.h>

int f(void) { return 1 +; }
//--- src/lp64.c
#include <stdio.h>
_Static_assert(sizeof(long) == 8, "needs LP64");
//--- src/clean.c
#include <stdio.h>
int main(void) { return puts("hi") < 0; }
//--- g/usr/include/broken.h
#ifdef BROKEN_MODE
int broken = ;
#endif
//--- g2/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g2/usr/include/broken.h
/* This sysroot's copy has the error one line further down. */
#ifdef BROKEN_MODE
int broken = ;
#endif
//--- src/mode.c
#include <broken.h>
