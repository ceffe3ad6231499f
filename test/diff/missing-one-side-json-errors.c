// In JSON, a header's absence on one side is its presence (only_a /
// only_b), not a compile error on the side that lacks it: error_a and
// error_b stay empty, as the text output shows no "does not compile
// cleanly" note for such a header, so that a non-empty error_b keeps
// meaning "this header fails to compile on b". (In particular no
// "file not found" error from hstack's own generated input file.)
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu
//
// RUN: not %{diff} error.h sys/kdaemon.h > %t/out.txt
// RUN: FileCheck %s --check-prefix=TEXT --input-file %t/out.txt
// TEXT-NOT: note:
// TEXT-NOT: not found
//
// RUN: not %{diff} --format json error.h sys/kdaemon.h > %t/out.json
// RUN: FileCheck %s --check-prefix=JSON --input-file %t/out.json
// JSON:      "header": "error.h",
// JSON-NEXT: "presence": "only_a",
// JSON-NEXT: "error_a": "",
// JSON-NEXT: "error_b": "",
// JSON:      "header": "sys/kdaemon.h",
// JSON-NEXT: "presence": "only_b",
// JSON-NEXT: "error_a": "",
// JSON-NEXT: "error_b": "",

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/error.h
extern void error (int __status, int __errnum, const char *__format, ...);
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 35
//--- b/usr/include/sys/kdaemon.h
extern int bdflush (int __func, long __data);
