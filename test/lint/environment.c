// environment (pseudo-check): what the build environment lacks is not the
// libc's fault. A header that exists in no target's libc and is not among
// the dependency headers (the host's /usr/include overlay, or
// --deps-sysroot) is an environment problem: install the package that
// provides it. So is an error inside a dependency's header. Environment
// findings are counted apart in the summary and flagged in JSON.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/zz.c -- \
// RUN:   > %t/zz.out; echo "exit=$?" >> %t/zz.out
// RUN: FileCheck %s --check-prefix=NOWHERE --input-file %t/zz.out --match-full-lines
// NOWHERE:      src/zz.c:2:1: error: <hstack-test-nowhere/zz.h> is in no target's libc and was not found among the dependency headers; install the package that provides it (or pass --deps-sysroot) (on every target) [hstack-environment]
// NOWHERE-NEXT: src/zz.c:2:1: note: glibc-2.36:x86_64: breaks: <hstack-test-nowhere/zz.h> does not exist on glibc-2.36:x86_64
// NOWHERE-NEXT: src/zz.c:2:1: note: uclibc-ng-1.0.45:x86_64: breaks: <hstack-test-nowhere/zz.h> does not exist on uclibc-ng-1.0.45:x86_64
// NOWHERE-NEXT: hstack: 1 file, 2 targets (glibc-2.36:x86_64, uclibc-ng-1.0.45:x86_64); 1 finding (environment 1); 1 environment problem; 0 skipped; 0 suppressed; 0 in baseline
// NOWHERE-NEXT: exit=1
//
// The JSON form: check "environment", environment true, not blamed on a libc.
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps src/zz.c -- \
// RUN:   | FileCheck %s --check-prefix=NOWHERE-JSON
// NOWHERE-JSON:      "check": "environment",
// NOWHERE-JSON-NEXT: "severity": "error",
// NOWHERE-JSON-NEXT: "file": "src/zz.c",
// NOWHERE-JSON-NEXT: "line": 2,
// NOWHERE-JSON-NEXT: "column": 1,
// NOWHERE-JSON-NEXT: "name": "hstack-test-nowhere/zz.h",
// NOWHERE-JSON:      "breaks": true,
// NOWHERE-JSON-NEXT: "portability_specific": false,
// NOWHERE-JSON-NEXT: "environment": true,
// NOWHERE-JSON-NOT:  "check": "unavailable-api"
//
// With the host's third-party headers layered in (the default) the header
// is still nowhere: the same finding.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   src/zz.c -- | FileCheck %s --check-prefix=HOST
// HOST: src/zz.c:2:1: error: <hstack-test-nowhere/zz.h> is in no target's libc {{.*}} [hstack-environment]
//
// --deps-sysroot provides it: nothing to report.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --deps-sysroot %t/deps src/zz.c -- \
// RUN:   | FileCheck %s --check-prefix=FOUND
// FOUND-NOT: [hstack-
// FOUND:     hstack: 1 file, 2 targets ({{.*}}); 0 findings; 0 environment problems;
//
// A dependency's header that fails to compile.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --deps-sysroot %t/deps src/broken.c -- | FileCheck %s --check-prefix=BROKEN --match-full-lines
// BROKEN:      src/broken.c:2:1: error: a dependency's header fails to compile: hstack-test-dep/broken.h:2: expected expression (on every target) [hstack-environment]
// BROKEN-NEXT: src/broken.c:2:1: note: glibc-2.36:x86_64: breaks: hstack-test-dep/broken.h:2: expected expression [broken.c:2 -> hstack-test-dep/broken.h:2]
// BROKEN-NEXT: hstack: 1 file, 1 target (glibc-2.36:x86_64); 1 finding (environment 1); 1 environment problem; 0 skipped; 0 suppressed; 0 in baseline
//
// A Debian-style root keeps arch-specific headers in its multiarch dir
// (usr/include/x86_64-linux-gnu/openssl/opensslconf.h): searched before
// usr/include when the root has one. With two, hstack cannot tell which
// arch is meant, and takes neither.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --deps-sysroot %t/deps src/conf.c -- | FileCheck %s --check-prefix=MULTIARCH
// MULTIARCH-NOT: [hstack-
// MULTIARCH:     hstack: 1 file, 1 target ({{.*}}); 0 findings; 0 environment problems;
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --deps-sysroot %t/deps2 src/conf.c -- > %t/two.out 2> %t/two.err
// RUN: FileCheck %s --check-prefix=TWOARCH --input-file %t/two.out
// TWOARCH: src/conf.c:2:1: error: a dependency's header fails to compile: hstack-test-dep/withconf.h:1: 'hstack-test-dep/conf.h' file not found {{.*}}[hstack-environment]
// It says so, once, on stderr.
// RUN: FileCheck %s --check-prefix=TWOARCH-NOTE --input-file %t/two.err -DT=%t --match-full-lines
// TWOARCH-NOTE: hstack: note: [[T]]/deps2/usr/include has several multiarch dirs ([[T]]/deps2/usr/include/arm-linux-gnueabihf, [[T]]/deps2/usr/include/x86_64-linux-gnu); one tree serves every target, so none of them is searched
// TWOARCH-NOTE-NOT: hstack: note
//
// --deps-sysroot naming no directory is an input error.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --deps-sysroot %t/nope src/zz.c -- > %t/nope.out 2> %t/nope.err
// RUN: count 0 < %t/nope.out
// RUN: FileCheck %s --check-prefix=NODIR --input-file %t/nope.err -DT=%t --match-full-lines
// NODIR: hstack: error: [[T]]/nope: --deps-sysroot is not a directory

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
int puts(const char *);
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/stdio.h
int puts(const char *);
//--- deps/usr/include/hstack-test-nowhere/zz.h
int zz_version(void);
//--- deps/usr/include/hstack-test-dep/broken.h
/* A third-party header with an error in it. */
int dep_broken = ;
//--- deps/usr/include/hstack-test-dep/withconf.h
#include <hstack-test-dep/conf.h>
int dep_conf = DEP_CONF;
//--- deps/usr/include/x86_64-linux-gnu/hstack-test-dep/conf.h
#define DEP_CONF 64
//--- deps2/usr/include/hstack-test-dep/withconf.h
#include <hstack-test-dep/conf.h>
int dep_conf = DEP_CONF;
//--- deps2/usr/include/x86_64-linux-gnu/hstack-test-dep/conf.h
#define DEP_CONF 64
//--- deps2/usr/include/arm-linux-gnueabihf/hstack-test-dep/conf.h
#define DEP_CONF 32
//--- src/conf.c
#include <stdio.h>
#include <hstack-test-dep/withconf.h>
int main(void) { return dep_conf; }
//--- src/zz.c
#include <stdio.h>
#include <hstack-test-nowhere/zz.h>
int main(void) { return zz_version(); }
//--- src/broken.c
#include <stdio.h>
#include <hstack-test-dep/broken.h>
int main(void) { return 0; }
