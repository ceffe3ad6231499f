// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// Assembler sources on the real sysroots. rsync 3.2.7's
// lib/md5-asm-x86_64.S (`# comment` lines, instructions, and config.h
// included through the preprocessor) was reported as failing to compile
// on every target, "expected identifier or '('": hstack parsed it as C.
// The compiler only preprocesses a `.S`, and so does hstack now: it is
// clean everywhere, as clang finds. A `.S` that includes glibc's
// <fpu_control.h> breaks on musl 1.2.3 only, which lacks that header. A
// plain `.s` reads no header and is skipped with the reason.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps md5.S fpu.S raw.s -- -I. -DHAVE_CONFIG_H > %t/out
// RUN: FileCheck %s --match-full-lines --input-file %t/out
// CHECK:      fpu.S:1:1: error: <fpu_control.h> does not exist on musl:x86_64 [hstack-unavailable-api]
// CHECK-NEXT: fpu.S:1:1: note: affects musl:x86_64; fine on glibc:x86_64, uclibc-ng:x86_64
// CHECK-NEXT: fpu.S:1:1: note: musl:x86_64: breaks: <fpu_control.h> does not exist on musl:x86_64
// CHECK-NEXT: hstack: fpu.S: unavailable-api 1
// CHECK-NEXT: hstack: 3 files, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (unavailable-api 1); 0 environment problems; 1 skipped; 0 suppressed; 0 in baseline
// CHECK-NEXT: hstack: skipped raw.s: assembler source that is not preprocessed: it reads no header
//
// What clang does with the same files (the driver preprocesses a .S):
// RUN: %clang --target=x86_64-linux-musl --sysroot=%sysroots/musl-x86_64 -fsyntax-only -I. md5.S
// RUN: not %clang --target=x86_64-linux-musl --sysroot=%sysroots/musl-x86_64 -fsyntax-only fpu.S

//--- config.h
#define HAVE_CONFIG_H 1
#define USE_MD5_ASM 1
//--- md5.S
/* Shaped like rsync 3.2.7's lib/md5-asm-x86_64.S. */
#include "config.h"
#include <sys/syscall.h>

#ifdef USE_MD5_ASM
.text
.align 16

.globl md5_process_asm
md5_process_asm:
	push %rbp
	push %rbx # callee-saved
	# rdi = arg #1 (ctx, MD5_CTX pointer)
	mov %rdi, %rbp # rbp = ctx
	mov $SYS_getpid, %eax
	pop %rbx
	pop %rbp
	ret
#endif
//--- fpu.S
#include <fpu_control.h>
	.text
fpu:	ret
//--- raw.s
	.text
raw:	ret
