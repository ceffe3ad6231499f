// A compile database made on an x86_64 host carries flags some other
// target's driver rejects: openssh 9.2p1's configure adds
// -fzero-call-used-regs=all, and clang says "unsupported option
// '-fzero-call-used-regs=all' for target 'armv7-unknown-linux-gnueabihf'".
// That stopped every file on every arm target ("clang rejected the
// arguments", exit 2). A flag the driver rejects as unsupported for one
// target is dropped there (configure on that target would not have added
// it); the other targets keep it, and the file is linted everywhere.
// Any other driver error still stops the file.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/a --triple armv7-linux-gnueabihf --no-host-deps -p build > %t/out 2> %t/err
// RUN: count 0 < %t/err
// RUN: FileCheck %s --input-file %t/out
// CHECK:     src/a.c:1:1: error: <execinfo.h> does not exist on glibc-2.36:armv7 [hstack-unavailable-api]
// CHECK:     hstack: 1 file, 2 targets ({{.*}}); 1 finding (unavailable-api 1);
//
// Another driver error is still one clear error naming the file.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps -p bad 2> %t/err2
// RUN: FileCheck %s --check-prefix=BAD --input-file %t/err2
// BAD: hstack: error: {{.*}}src/a.c: clang rejected the arguments for target glibc-2.36:x86_64: {{.*}}

//--- build/compile_commands.json
[
  {"directory": "..", "file": "src/a.c", "arguments": ["cc", "-O2", "-fzero-call-used-regs=all", "-fstack-protector-strong", "-c", "src/a.c"]}
]
//--- bad/compile_commands.json
[
  {"directory": "..", "file": "src/a.c", "arguments": ["cc", "-fzero-call-used-regs=bogus", "-c", "src/a.c"]}
]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/execinfo.h
int backtrace(void **, int);
//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- src/a.c
#include <execinfo.h>
int f(void **b) { return backtrace(b, 4); }
