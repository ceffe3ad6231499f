// A compile_commands.json that is not valid JSON (truncated: the closing
// bracket is missing, as when a build is interrupted while writing it) is
// an input error: exit 2, nothing on stdout, exactly one `hstack: error:`
// line naming the file and saying it is malformed. Not a YAML parser's
// diagnostic on stderr, and not a lint of whatever entries could be parsed.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   -p truncated > %t/out1 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RC: exit=2
// RUN: count 0 < %t/out1
// RUN: count 1 < %t/err1
// RUN: FileCheck %s --input-file %t/err1 --match-full-lines
// CHECK: hstack: error: truncated/compile_commands.json: malformed compile database: {{.+}}
//
// Not JSON at all.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   -p garbage > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=GARBAGE --input-file %t/err2 --match-full-lines
// GARBAGE: hstack: error: garbage/compile_commands.json: malformed compile database: {{.+}}

//--- truncated/compile_commands.json
[
  {"directory": "..", "file": "src/a.c", "arguments": ["cc", "-c", "src/a.c"]},
  {"directory": "..", "file": "src/b.c", "arguments": ["cc", "-c", "src/b.c"]}
//--- garbage/compile_commands.json
this is not JSON
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- src/a.c
int a;
//--- src/b.c
int b;
