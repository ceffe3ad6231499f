// A GCC nested function: clang rejects its definition ("function
// definition is not allowed here"), and every later use of it is then an
// undeclared name. The name is the file's own, whatever the libc's text
// mentions (here a comment says "writer", as glibc's do): a compile-error,
// not an unavailable-api blamed on the libc. ppp 2.4.9's eap-tls.c defines
// `writer` and `stub` so.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps nested.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK:     nested.c:5:3: error: fails to compile for a reason no check explains: function definition is not allowed here (on every target) [hstack-compile-error]
// CHECK-NOT: [hstack-unavailable-api]
// CHECK:     hstack: 1 file, 1 target (glibc-2.36:x86_64); 1 finding (compile-error 1); {{.*}}
//
// A name used the same way that the file never defines is still blamed on
// the libc that mentions it.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps other.c -- | FileCheck %s --check-prefix=OTHER
// OTHER: other.c:3:28: error: 'writer' is not available on glibc-2.36:x86_64 {{.*}}[hstack-unavailable-api]

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
#include <features.h>
/* Wakes a writer waiting for the lock. */
int puts(const char *);
//--- nested.c
#include <stdio.h>
int set(int (*fn)(int));
int run(void) {
  int writer (int x)
  {
    return x + 1;
  }
  int stub (int x) { return x; }
  return set(writer) + set(stub);
}
//--- other.c
#include <stdio.h>
int set(int (*fn)(int));
int run(void) { return set(writer); }
