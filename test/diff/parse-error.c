// A header that hits an #error on one side is still compared: #error is not
// fatal, so the declarations before and the #includes after it are seen.
// The compiler's first error is shown as a note under the header's
// ---/+++ lines (`file:line: message`, the file relative to the include
// dir), and the other headers in the same run are compared as usual.
// Here glibc-2.37's sys/io.h ends in an #error, and its string.h reaches a
// bits/string_arch.h that starts with one; stdio.h just differs.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu
//
// RUN: %{diff} stdio.h sys/io.h string.h > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=1
// RUN: count 0 < %t/err
// RUN: FileCheck %s --input-file %t/out --match-full-lines --strict-whitespace
// CHECK:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> glibc-2.37:x86_64 (glibc 2.37, x86_64-linux-gnu)
// CHECK-NEXT:--- glibc-2.36:x86_64 stdio.h
// CHECK-NEXT:+++ glibc-2.37:x86_64 stdio.h
// CHECK-NEXT:@@ names exposed @@
// CHECK-NEXT:+ dprintf                          function             stdio.h:2
// CHECK-NEXT:  summary: headers +0 -0, include edges +0 -0, names +1 -0
// CHECK-NEXT:--- glibc-2.36:x86_64 string.h
// CHECK-NEXT:+++ glibc-2.37:x86_64 string.h
// CHECK-NEXT:  note: does not compile cleanly on glibc-2.37:x86_64: bits/string_arch.h:1: "bits/string_arch.h: no arch selected"
// CHECK-NEXT:@@ headers reached @@
// CHECK-NEXT:+ bits/string_arch.h  via string.h:2 -> bits/string_arch.h
// CHECK-NEXT:@@ names exposed @@
// CHECK-NEXT:+ string_arch_fn                   function             bits/string_arch.h:3  via string.h:2 -> bits/string_arch.h
// CHECK-NEXT:  summary: headers +1 -0, include edges +1 -0, names +1 -0
// CHECK-NEXT:--- glibc-2.36:x86_64 sys/io.h
// CHECK-NEXT:+++ glibc-2.37:x86_64 sys/io.h
// CHECK-NEXT:  note: does not compile cleanly on glibc-2.37:x86_64: sys/io.h:2: "This header is for x86 only."
// CHECK-NEXT:  summary: headers +0 -0, include edges +0 -0, names +0 -0
// CHECK-NOT:{{.+}}
//
// Only the first error is shown.
// RUN: FileCheck %s --check-prefix=FIRST --input-file %t/out
// FIRST-NOT: second error
//
// The other way round, the note names the other side.
// RUN: not %hstack diff --sysroots-dir %t/none --sysroot %t/b --triple x86_64-linux-gnu --sysroot %t/a --triple x86_64-linux-gnu string.h \
// RUN:   | FileCheck %s --check-prefix=FLIP --match-full-lines --strict-whitespace
// FLIP:+++ glibc-2.36:x86_64 string.h
// FLIP-NEXT:  note: does not compile cleanly on glibc-2.37:x86_64: bits/string_arch.h:1: "bits/string_arch.h: no arch selected"
// FLIP-NEXT:@@ headers reached @@
// FLIP-NEXT:- bits/string_arch.h  via string.h:2 -> bits/string_arch.h
//
// In JSON the first error is error_b (error_a is empty: side A is clean).
// RUN: not %{diff} --format json string.h sys/io.h | FileCheck %s --check-prefix=JSON
// JSON:      "header": "string.h",
// JSON-NEXT: "presence": "both",
// JSON-NEXT: "error_a": "",
// JSON-NEXT: "error_b": "bits/string_arch.h:1: \"bits/string_arch.h: no arch selected\"",
// JSON:      "header": "sys/io.h",
// JSON-NEXT: "presence": "both",
// JSON-NEXT: "error_a": "",
// JSON-NEXT: "error_b": "sys/io.h:2: \"This header is for x86 only.\"",
//
// --all-headers puts the error in the NOTE column, and lists the header
// even when nothing else about it differs (sys/io.h).
// RUN: not %{diff} --all-headers | FileCheck %s --check-prefix=TABLE --match-full-lines --strict-whitespace
// TABLE:HEADER      STATUS                          HEADERS      EDGES      NAMES  NOTE
// TABLE-NEXT:string.h    both                              +1/-0      +1/-0      +1/-0  error on glibc-2.37:x86_64: bits/string_arch.h:1: "bits/string_arch.h: no arch selected"
// TABLE-NEXT:stdio.h     both                              +0/-0      +0/-0      +1/-0{{ *}}
// TABLE-NEXT:sys/io.h    both                              +0/-0      +0/-0      +0/-0  error on glibc-2.37:x86_64: sys/io.h:2: "This header is for x86 only."
// TABLE-NEXT:4 headers compared, 1 identical (not listed)

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/stdio.h
extern int printf (const char *__format, ...);
//--- a/usr/include/sys/io.h
extern int ioperm (unsigned long __from, unsigned long __num, int __turn_on);
//--- a/usr/include/string.h
extern unsigned long strlen (const char *__s);
//--- b/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 37
//--- b/usr/include/stdio.h
extern int printf (const char *__format, ...);
extern int dprintf (int __fd, const char *__format, ...);
//--- b/usr/include/sys/io.h
extern int ioperm (unsigned long __from, unsigned long __num, int __turn_on);
#error "This header is for x86 only."
//--- b/usr/include/string.h
extern unsigned long strlen (const char *__s);
#include <bits/string_arch.h>
//--- b/usr/include/bits/string_arch.h
#error "bits/string_arch.h: no arch selected"
#error "bits/string_arch.h: second error"
extern int string_arch_fn (void);
