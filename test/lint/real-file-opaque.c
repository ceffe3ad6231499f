// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// FILE's insides (gnulib's freadahead and friends read glibc's
// _IO_read_ptr): musl 1.2.3 declares `struct _IO_FILE` in <stdio.h>
// (`typedef struct _IO_FILE FILE;`) and defines it in no public header,
// so FILE is opaque there: a member, sizeof(FILE) or a FILE object fail.
// uClibc-ng's FILE is a complete `struct __STDIO_FILE_STRUCT` without
// glibc's members. Before, musl's failure was a compile-error that "no
// check explains": its <stdio.h> declares the tag, and a declaration was
// taken to provide it.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps peek.c size.c spelled.c -- > out.txt
// RUN: FileCheck %s --input-file out.txt --match-full-lines
// CHECK:      peek.c:3:35: error: 'struct _IO_FILE' is declared but never defined (an opaque type) on musl:x86_64 [hstack-unavailable-api]
// CHECK-NEXT: peek.c:3:35: note: affects musl:x86_64; fine on glibc:x86_64, uclibc-ng:x86_64
// CHECK-NEXT: peek.c:3:35: note: musl:x86_64: breaks: musl 1.2.3 declares 'struct _IO_FILE' but no header defines it: an opaque type, without members or size for the program (incomplete definition of type 'FILE' (aka 'struct _IO_FILE'))
// CHECK-NEXT: peek.c:3:35: note: glibc:x86_64: defined here [peek.c:1 -> stdio.h:43 -> bits/types/struct_FILE.h:49]
// CHECK-NEXT: peek.c:3:37: error: 'struct __STDIO_FILE_STRUCT' has no member '_IO_read_end' on uclibc-ng:x86_64 in the file's mode [hstack-unavailable-api]
// size.c's finding sits on the first line that fails, the tentative
// definition, although Clang reports its error after the sizeof's.
// CHECK:      size.c:4:13: error: 'struct _IO_FILE' is declared but never defined (an opaque type) on musl:x86_64 [hstack-unavailable-api]
// CHECK-NEXT: size.c:4:13: note: affects musl:x86_64; fine on glibc:x86_64, uclibc-ng:x86_64
// CHECK-NEXT: size.c:4:13: note: musl:x86_64: breaks: musl 1.2.3 declares 'struct _IO_FILE' but no header defines it: an opaque type, without members or size for the program (tentative definition has type 'FILE' (aka 'struct _IO_FILE') that is never completed)
// CHECK-NEXT: size.c:4:13: note: glibc:x86_64: defined here [size.c:1 -> stdio.h:43 -> bits/types/struct_FILE.h:49]
// The code may spell the tag itself: it then resolves to musl's
// declaration, and still fails (before, that too was a compile-error);
// uClibc-ng has no such tag at all.
// CHECK:      spelled.c:3:21: error: 'struct _IO_FILE' is not available on uclibc-ng:x86_64, and is declared but never defined (an opaque type) on musl:x86_64 [hstack-unavailable-api]
// CHECK-NEXT: spelled.c:3:21: note: affects musl:x86_64, uclibc-ng:x86_64; fine on glibc:x86_64
// CHECK-NEXT: spelled.c:3:21: note: musl:x86_64: breaks: musl 1.2.3 declares 'struct _IO_FILE' but no header defines it: an opaque type, without members or size for the program (incomplete definition of type 'struct _IO_FILE')
// CHECK-NEXT: spelled.c:3:21: note: uclibc-ng:x86_64: breaks: uclibc-ng 1.0.35 does not declare 'struct _IO_FILE' (incomplete definition of type 'struct _IO_FILE')
// CHECK-NEXT: spelled.c:3:21: note: glibc:x86_64: defined here [spelled.c:1 -> stdio.h:43 -> bits/types/struct_FILE.h:49]
// CHECK-NOT:  compile-error

//--- peek.c
#include <stdio.h>

long pending(FILE *fp) { return fp->_IO_read_end - fp->_IO_read_ptr; }
//--- size.c
#include <stdio.h>
#include <string.h>

static FILE saved;
void snap(FILE *fp) { memcpy(&saved, fp, sizeof(FILE)); }
//--- spelled.c
#include <stdio.h>

long pending(struct _IO_FILE *fp) { return fp->_IO_read_end - fp->_IO_read_ptr; }
