// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// va_list in a prototype with only <stdio.h> (the blog's sys-apps/kbd
// case). glibc 2.36 and musl 1.2.3 declare va_list in stdio.h in their
// default (gnu) mode and under POSIX 2008, uClibc-ng 1.0.35 never does. In
// strict ISO C (-std=c11 without POSIX macros) stdio.h may not declare
// va_list, and neither glibc nor musl does: broken everywhere.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// Default mode: uclibc-ng only, with the fix-it.
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps src/log.c -- > %t/default.out; echo "exit=$?" >> %t/default.out
// RUN: FileCheck %s --check-prefix=DEFAULT --input-file %t/default.out --match-full-lines
// DEFAULT:      src/log.c:3:35: error: 'va_list' is used without including <stdarg.h> (elsewhere it arrives through <stdio.h>) [hstack-implicit-include]
// DEFAULT-NEXT: src/log.c:3:35: note: affects uclibc-ng:x86_64; fine on glibc:x86_64, musl:x86_64
// DEFAULT-NEXT: src/log.c:3:35: note: uclibc-ng:x86_64: breaks: no header the file includes declares 'va_list' here (unknown type name 'va_list'); <stdarg.h> does
// DEFAULT-NEXT: src/log.c:3:35: note: glibc:x86_64: 'va_list' arrives through <stdio.h> [log.c:1 -> stdio.h:{{[0-9]+}}]
// DEFAULT-NEXT: src/log.c:3:35: note: musl:x86_64: 'va_list' arrives through <stdio.h> [log.c:1 -> stdio.h:{{[0-9]+}} -> bits/alltypes.h:{{[0-9]+}}]
// DEFAULT-NEXT: src/log.c:3:35: note: fix-it: insert '#include <stdarg.h>' at line 2
// DEFAULT-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (implicit-include 1); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
// DEFAULT:      exit=1
//
// uClibc-ng breaks in every mode; glibc and musl stay fine in these.
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps src/log.c -- -D_GNU_SOURCE | FileCheck %s --check-prefix=UCONLY
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps src/log.c -- -D_XOPEN_SOURCE=700 | FileCheck %s --check-prefix=UCONLY
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps src/log.c -- -std=c11 -D_POSIX_C_SOURCE=200809L | FileCheck %s --check-prefix=UCONLY
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps src/log.c -- -std=gnu89 | FileCheck %s --check-prefix=UCONLY
// UCONLY: src/log.c:3:35: note: affects uclibc-ng:x86_64; fine on glibc:x86_64, musl:x86_64
//
// -std=c11 in file mode: broken on all three, the same everywhere.
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps src/log.c -- -std=c11 | FileCheck %s --check-prefix=C11 --match-full-lines
// C11:      src/log.c:3:35: error: 'va_list' is used without including <stdarg.h> (on every target) [hstack-implicit-include]
// C11-NEXT: src/log.c:3:35: note: glibc:x86_64: breaks: no header the file includes declares 'va_list' here (unknown type name 'va_list'); <stdarg.h> does
// C11-NEXT: src/log.c:3:35: note: musl:x86_64: breaks: no header the file includes declares 'va_list' here (unknown type name 'va_list'); <stdarg.h> does
// C11-NEXT: src/log.c:3:35: note: uclibc-ng:x86_64: breaks: no header the file includes declares 'va_list' here (unknown type name 'va_list'); <stdarg.h> does
// C11-NEXT: src/log.c:3:35: note: fix-it: insert '#include <stdarg.h>' at line 2
//
// -std=c11 from a compile database: the same.
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps -p build | FileCheck %s --check-prefix=C11 --match-full-lines
// RUN: not %hstack lint --format json --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps -p build | FileCheck %s --check-prefix=C11-JSON
// C11-JSON:      "breaks": true,
// C11-JSON-NEXT: "portability_specific": false,
// C11-JSON-NEXT: "environment": false,
// C11-JSON-NEXT: "targets_affected": [
// C11-JSON-NEXT:   "glibc:x86_64",
// C11-JSON-NEXT:   "musl:x86_64",
// C11-JSON-NEXT:   "uclibc-ng:x86_64"
// C11-JSON-NEXT: ],
// C11-JSON-NEXT: "targets_ok": [],
//
// With <stdarg.h> included: clean in every mode.
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps src/fixed.c -- -std=c11 | FileCheck %s --check-prefix=FIXED
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps src/fixed.c -- | FileCheck %s --check-prefix=FIXED
// FIXED-NOT: [hstack-
// FIXED:     hstack: 1 file, 3 targets ({{.*}}); 0 findings;

//--- build/compile_commands.json
[{"directory": "..", "file": "src/log.c", "arguments": ["cc", "-std=c11", "-O2", "-Wall", "-c", "src/log.c", "-o", "log.o"]}]
//--- src/log.c
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
//--- src/fixed.c
#include <stdio.h>
#include <stdarg.h>
void log_message(const char *fmt, va_list ap);
