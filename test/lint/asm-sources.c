// Assembler in the compile database. A `.S` file (or `-x assembler-with-cpp`)
// is only preprocessed by the compiler, so hstack preprocesses it on every
// target and reports what breaks there (a missing header, the file's own
// #error decided by libc macros) without parsing it as C: its `# comment`
// lines and instructions are not C errors. A `.s` file (or `-x assembler`)
// reads no header: it is listed as skipped with the reason, and the run
// goes on (it used to stop the whole lint: "'assembler' input unused").
// `--cheap` gives the same report.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps -p build > %t/out 2> %t/err; \
// RUN:   echo "exit=$?" >> %t/out
// RUN: count 0 < %t/err
// RUN: FileCheck %s --input-file %t/out
// CHECK-NOT: expected identifier
// CHECK-NOT: hstack-compile-error
// CHECK:     src/fpu.S:1:1: error: <fpu_control.h> does not exist on musl-unknown:x86_64 [hstack-unavailable-api]
// CHECK:     src/own.S:3:2: error: the file reaches its own #error on musl-unknown:x86_64: the branches before it test libc macros that decide differently there (__GLIBC__) [hstack-unavailable-api]
// CHECK:     src/own.S:3:2: note: glibc-2.36:x86_64: skips `#ifndef __GLIBC__` (line 2): __GLIBC__ from <features.h>
// CHECK-NOT: src/plain.sx
// CHECK-NOT: src/ok.S
// CHECK:     hstack: 6 files, 2 targets ({{.*}}); 2 findings (unavailable-api 2); 0 environment problems; 2 skipped; 0 suppressed; 0 in baseline
// CHECK-DAG: hstack: skipped src/raw.s: assembler source that is not preprocessed: it reads no header
// CHECK-DAG: hstack: skipped src/rawx.asm: assembler source that is not preprocessed: it reads no header
// CHECK:     exit=1
//
// RUN: %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps -p build > %t/exact.json; true
// RUN: %hstack lint --cheap --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --no-host-deps -p build > %t/cheap.json; true
// RUN: cmp %t/exact.json %t/cheap.json

//--- build/compile_commands.json
[
  {"directory": "..", "file": "src/fpu.S", "arguments": ["cc", "-c", "src/fpu.S"]},
  {"directory": "..", "file": "src/own.S", "arguments": ["cc", "-Wa,--noexecstack", "-c", "src/own.S"]},
  {"directory": "..", "file": "src/ok.S", "arguments": ["cc", "-c", "src/ok.S"]},
  {"directory": "..", "file": "src/plain.sx", "arguments": ["cc", "-x", "assembler-with-cpp", "-c", "src/plain.sx"]},
  {"directory": "..", "file": "src/raw.s", "arguments": ["cc", "-c", "src/raw.s"]},
  {"directory": "..", "file": "src/rawx.asm", "arguments": ["cc", "-x", "assembler", "-c", "src/rawx.asm"]}
]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/fpu_control.h
#define _FPU_DEFAULT 0x037f
//--- g/usr/include/sys/syscall.h
#define SYS_gettid 186
//--- m/usr/include/features.h
#define _FEATURES_H
//--- m/usr/include/bits/alltypes.h
//--- m/usr/include/stdio.h
//--- m/usr/include/sys/syscall.h
#define SYS_gettid 186
//--- src/fpu.S
#include <fpu_control.h>
	.text
fpu:	ret
//--- src/own.S
#include <features.h>
#ifndef __GLIBC__
#error "port me"
#endif
# a comment line, as assemblers write them
	.text
own:	ret
//--- src/ok.S
#include <sys/syscall.h>
	.text
# rdi = arg #1
ok:	mov $SYS_gettid, %eax
	ret
//--- src/plain.sx
#include <sys/syscall.h>
plain:	ret
//--- src/raw.s
	.text
raw:	ret
//--- src/rawx.asm
	.text
rawx:	ret
