// Jobs on one worker thread share a FileManager (FileManagerPool): each
// file's own include path must still decide which header an #include finds.
// Two files include <conf.h> through different -I directories on one thread
// (-j1): only the one whose conf.h brings <stdarg.h> may use va_list.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint -j1 --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps -p build > %t/j1.txt
// RUN: FileCheck %s --input-file %t/j1.txt
// RUN: not %hstack lint -j2 --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps -p build > %t/j2.txt
// RUN: cmp %t/j1.txt %t/j2.txt
//
// CHECK-NOT: src/a.c
// CHECK: src/b.c:2:{{[0-9]+}}: error: {{.*}}va_list
// CHECK-NOT: src/a.c
// CHECK: hstack: 3 files, 1 target

//--- build/compile_commands.json
[
  {"directory": "..", "file": "src/a.c", "arguments": ["cc", "-Iinc1", "-c", "src/a.c"]},
  {"directory": "..", "file": "src/b.c", "arguments": ["cc", "-Iinc2", "-c", "src/b.c"]},
  {"directory": "..", "file": "src/c.c", "arguments": ["cc", "-Iinc1", "-c", "src/c.c"]}
]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
#include <features.h>
int puts(const char *);
//--- inc1/conf.h
#include <stdarg.h>
//--- inc2/conf.h
/* this configuration brings nothing */
//--- src/a.c
#include <conf.h>
void log_a(const char *fmt, va_list ap);
//--- src/b.c
#include <conf.h>
void log_b(const char *fmt, va_list ap);
//--- src/c.c
#include <conf.h>
void log_c(const char *fmt, va_list ap);
