// A compile database entry whose file does not exist: the other files are
// still linted and reported, the missing one gets one `hstack: error:` line
// naming it, and the run exits 2 (an input error outranks findings).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   -p build > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 1 < %t/err
// RUN: FileCheck %s --check-prefix=ERR --input-file %t/err --match-full-lines
// ERR: hstack: error: src/gone.c: cannot read: No such file or directory
// RUN: FileCheck %s --input-file %t/out
// CHECK:     src/a.c:1:1: {{.*}} [hstack-internal-header]
// CHECK-NOT: gone.c
// CHECK:     src/b.c:1:1: {{.*}} [hstack-internal-header]
// CHECK-NOT: gone.c
// RUN: not %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   -p build 2> /dev/null | FileCheck %s --check-prefix=JSON
// JSON:      "input_errors": [
// JSON-NEXT:   "src/gone.c: cannot read: No such file or directory"
// JSON-NEXT: ],

//--- build/compile_commands.json
[
  {"directory": "..", "file": "src/a.c", "arguments": ["cc", "-c", "src/a.c"]},
  {"directory": "..", "file": "src/gone.c", "arguments": ["cc", "-c", "src/gone.c"]},
  {"directory": "..", "file": "src/b.c", "arguments": ["cc", "-c", "src/b.c"]}
]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/bits/types.h
//--- src/a.c
#include <bits/types.h>
//--- src/b.c
#include <bits/types.h>
