// Errors that follow from a failure a check explains are not failures of
// their own (grep 3.8 on musl 1.2.3 and uClibc-ng 1.0.35):
//  - A function one libc lacks, called twice: only the first call draws
//    "call to undeclared function 'rawmemchr'" (unavailable-api). Clang
//    declares it there, returning int, so the second `char *nl =
//    rawmemchr (...)` is "incompatible integer to pointer conversion":
//    its consequence, not a compile-error. Also through a call in the
//    package's own header.
//  - A type one libc lacks, where clang's typo correction picks a struct
//    (gnulib's `typedef __fsword_t fsword;`: "unknown type name
//    '__fsword_t'; did you mean '__fsid_t'?"): the typedef becomes that
//    struct, and `return 0;` in a function returning fsword is "returning
//    'int' from a function with incompatible result type 'fsword'".
//  - A header that refuses the file with an #error and carries on (GCC's
//    <cpuid.h> and <immintrin.h> on arm: "this header is for x86 only",
//    then x86 asm "invalid input constraint 'a' in asm", in itself and
//    in what it includes): the refusal is the failure, not what follows.
//  - A real second failure on a line that calls the missing function
//    again but fails on every target stays a compile-error everywhere.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps main.c fsword.c other.c port.c -- -I. > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK-NOT: incompatible
// CHECK:     fsword.c:3:9: error: '__fsword_t' is not available on musl-unknown:x86_64 [hstack-unavailable-api]
// CHECK-NOT: incompatible
// CHECK:     main.c:5:18: error: 'rawmemchr' is not available on musl-unknown:x86_64
// CHECK-NOT: incompatible
// CHECK:     other.c:5:12: error: 'rawmemchr' is not available on musl-unknown:x86_64
// CHECK-NOT: incompatible
// CHECK:     other.c:6:{{[0-9]+}}: error: fails to compile for a reason no check explains: use of undeclared identifier 'undeclared_everywhere' (on every target) [hstack-compile-error]
// CHECK-NOT: incompatible
// CHECK:     port.c:1:1: error: <sys/io.h> refuses the file's mode: #error "sys/io.h is for x86 only" [hstack-unavailable-api]
// CHECK-NOT: hstack-compile-error
// CHECK:     hstack: 4 files, 2 targets ({{.*}}); 5 findings (compile-error 1, unavailable-api 4);

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/string.h
#include <features.h>
typedef unsigned long size_t;
size_t strlen(const char *);
void *rawmemchr(const void *, int);
//--- g/usr/include/sys/types.h
typedef struct { int __val[2]; } __fsid_t;
typedef long __fsword_t;
//--- m/usr/include/bits/alltypes.h
//--- m/usr/include/stdio.h
//--- m/usr/include/string.h
typedef unsigned long size_t;
size_t strlen(const char *);
//--- m/usr/include/sys/types.h
typedef struct { int __val[2]; } __fsid_t;
//--- scan.h
#include <string.h>
static inline char *line_end(char *p) { return rawmemchr(p, '\n'); }
//--- main.c
#include "scan.h"

const char *first(const char *s)
{
	const char *e = rawmemchr(s, 0);
	char *nl = rawmemchr(s, '\n');
	return nl ? nl : e;
}
//--- fsword.c
#include <sys/types.h>

typedef __fsword_t fsword;

static fsword zero(void)
{
	return 0;
}
//--- other.c
#include <string.h>

int f(const char *s)
{
	char *e = rawmemchr(s, 0);
	return undeclared_everywhere + (e != 0);
}
//--- g/usr/include/sys/io.h
static inline int inb(int port) { return port; }
//--- m/usr/include/sys/io.h
#error "sys/io.h is for x86 only"
#include <bits/io.h>
static inline int inb(int port) { return "in" * port; }
//--- m/usr/include/bits/io.h
static inline int outb(int port, int v) { return "out" * port * v; }
//--- port.c
#include <sys/io.h>

int probe(void)
{
	return inb(0x80);
}
