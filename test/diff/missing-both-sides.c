// A named header that exists on neither side is not a difference between
// them (so not exit 1) but a bad input, most likely a typo: like `tree`,
// `why` and `exposure` for a header missing on a target, `diff` gives one
// `hstack: error:` line naming the header, and exits 2. The headers that
// do exist are still compared and printed.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu
//
// RUN: %{diff} stdio.h nosuch.h > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 1 < %t/err
// RUN: FileCheck %s --check-prefix=ERR --input-file %t/err --match-full-lines
// ERR: hstack: error: {{.*}}'nosuch.h'{{.*}}
// RUN: FileCheck %s --input-file %t/out
// CHECK:      --- glibc-2.36:x86_64 stdio.h
// CHECK-NEXT: +++ uclibc-ng-1.0.35:x86_64 stdio.h
// CHECK-NEXT:   summary: headers +0 -0, include edges +0 -0, names +0 -0

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/stdio.h
extern int printf (const char *__format, ...);
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- b/usr/include/stdio.h
extern int printf (const char *__format, ...);
