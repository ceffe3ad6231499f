// The exit code counts a compile error as a difference: when a header
// compiles cleanly on one side and hits an #error on the other, the sides
// differ (the summary table lists that header, with the error in its NOTE
// column), so `diff` exits 1 even if no header or name differs. When
// both sides fail with the same first error, nothing differs: exit 0.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu
//
// RUN: %{diff} sys/io.h > %t/out; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=NOTE --input-file %t/out
// NOTE: note: does not compile cleanly on glibc-2.37:x86_64: sys/io.h:2: "This header is for x86 only."
// RUN: FileCheck %s --check-prefix=DIFFERS --input-file %t/rc
// DIFFERS: exit=1
//
// RUN: %{diff} both.h > %t/out2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=SAME --input-file %t/rc2
// SAME: exit=0

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/sys/io.h
extern int ioperm (unsigned long __from, unsigned long __num, int __turn_on);
//--- a/usr/include/both.h
#error "Never use <both.h>."
//--- b/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 37
//--- b/usr/include/sys/io.h
extern int ioperm (unsigned long __from, unsigned long __num, int __turn_on);
#error "This header is for x86 only."
//--- b/usr/include/both.h
#error "Never use <both.h>."
