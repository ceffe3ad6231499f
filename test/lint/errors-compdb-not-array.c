// A compile_commands.json that is valid JSON but not an array of entries
// (a single object) is an input error: exit 2, nothing on stdout, one
// `hstack: error:` line naming the file.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   -p build > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err --match-full-lines
// CHECK: hstack: error: build/compile_commands.json: malformed compile database: {{.*}}array{{.*}}
//
// An empty array: nothing to lint is an error too.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   -p empty > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=EMPTY --input-file %t/err2 --match-full-lines
// EMPTY: hstack: error: empty/compile_commands.json: the compile database has no entries

//--- build/compile_commands.json
{"directory": "..", "file": "src/a.c", "arguments": ["cc", "-c", "src/a.c"]}
//--- empty/compile_commands.json
[]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- src/a.c
int a;
