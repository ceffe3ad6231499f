// A header missing on one of several targets: that target's section says
// so, the others are listed in full, stderr has one `hstack: error:` line
// naming the header and the target, and the exit code is 2.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{exposure} = %hstack exposure --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu
//
// RUN: %{exposure} only.h > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: FileCheck %s --input-file %t/out --match-full-lines --strict-whitespace
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): only.h [default mode]
// CHECK-NEXT:  function             only_fn                          only.h:1
// CHECK-NEXT:  {{1 names?}}
// CHECK-EMPTY:
// CHECK-NEXT:== uclibc-ng-1.0.35:x86_64 (uclibc-ng 1.0.35, x86_64-linux-gnu): only.h [default mode]
// CHECK-NEXT:  error: header 'only.h' not found on {{(target )?}}uclibc-ng-1.0.35:x86_64
// CHECK-NEXT:  0 names
// CHECK-NOT:only_fn
// RUN: count 1 < %t/err
// RUN: FileCheck %s --check-prefix=ERR --input-file %t/err --match-full-lines
// ERR: hstack: error: header 'only.h' not found on {{(target )?}}uclibc-ng-1.0.35:x86_64
//
// The same in JSON, where the target without the header carries "error" and no
// names; the other one has its names.
// RUN: not %{exposure} --format json only.h 2>/dev/null | FileCheck %s --check-prefix=JSON
// JSON:      "name": "glibc-2.36:x86_64",
// JSON-NOT:  "error"
// JSON:      "name": "only_fn",
// JSON:      "name": "uclibc-ng-1.0.35:x86_64",
// JSON:      "error": "header 'only.h' not found on {{(target )?}}uclibc-ng-1.0.35:x86_64",
// JSON-NEXT: "names": [],

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/only.h
extern int only_fn (void);
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
