// A C++ translation unit in the compile database, on sysroots that carry no
// C++ standard library (header-only libc sysroots never do): it is not
// linted, it is listed once as skipped with the reason, it is counted in
// the summary, and the C files around it are linted as usual. C++ is
// recognised by the source's extension (.cpp, .cc, .cxx), a C++ driver
// (c++, g++, clang++) or -x c++.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/out 2> %t/err; \
// RUN:   echo "exit=$?" >> %t/out
// RUN: count 0 < %t/err
// RUN: FileCheck %s --input-file %t/out
// CHECK:     src/a.c:1:1: warning: <bits/types.h> is a libc implementation header;{{.*}} [hstack-internal-header]
// CHECK-NOT: main.cpp
// CHECK:     src/z.c:1:1: warning: <bits/types.h> is a libc implementation header;{{.*}} [hstack-internal-header]
// CHECK-NOT: main.cpp
// CHECK:     hstack: 5 files, 2 targets ({{.*}}); 2 findings (internal-header 2); 0 environment problems; 3 skipped; 0 suppressed; 0 in baseline
// CHECK-DAG: hstack: skipped src/main.cpp: C++ translation unit{{.*}}
// CHECK-DAG: hstack: skipped src/driver.c: C++ translation unit{{.*}}
// CHECK-DAG: hstack: skipped src/lang.c: C++ translation unit{{.*}}
// CHECK-NOT: skipped src/main.cpp
// CHECK:     exit=0
//
// The JSON form lists each skipped file once, with its reason.
// RUN: %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build | FileCheck %s --check-prefix=JSON
// JSON:      "files": 5,
// JSON:      "skipped": [
// JSON-NEXT:   {
// JSON-NEXT:     "file": "src/driver.c",
// JSON-NEXT:     "reason": "C++ translation unit{{.*}}"
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "file": "src/lang.c",
// JSON-NEXT:     "reason": "C++ translation unit{{.*}}"
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "file": "src/main.cpp",
// JSON-NEXT:     "reason": "C++ translation unit{{.*}}"
// JSON-NEXT:   }
// JSON-NEXT: ],

//--- build/compile_commands.json
[
  {"directory": "..", "file": "src/a.c", "arguments": ["cc", "-c", "src/a.c"]},
  {"directory": "..", "file": "src/main.cpp", "arguments": ["c++", "-std=c++17", "-c", "src/main.cpp"]},
  {"directory": "..", "file": "src/driver.c", "arguments": ["clang++", "-c", "src/driver.c"]},
  {"directory": "..", "file": "src/lang.c", "arguments": ["cc", "-x", "c++", "-c", "src/lang.c"]},
  {"directory": "..", "file": "src/z.c", "arguments": ["cc", "-c", "src/z.c"]}
]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/bits/types.h
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/bits/types.h
//--- src/a.c
#include <bits/types.h>
//--- src/z.c
#include <bits/types.h>
//--- src/main.cpp
#include <bits/types.h>
class C {};
//--- src/driver.c
#include <bits/types.h>
class D {};
//--- src/lang.c
#include <bits/types.h>
class L {};
