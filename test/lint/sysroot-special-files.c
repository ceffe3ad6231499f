// A sysroot may hold a symlink loop, a dangling link, or a link to a FIFO
// named like a header. Lint walks every header of a target (the oracle's
// index, to find which header provides a name; the public headers, to
// name the includers of an internal one): it must skip what is not a
// regular file and not follow a loop, instead of hanging on the FIFO.
// `timeout` turns a hang into a failure.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: mkfifo %t/g/usr/include/pipe && ln -s pipe %t/g/usr/include/pipe.h
// RUN: ln -s . %t/g/usr/include/loop && ln -s nowhere %t/g/usr/include/dangling.h
// RUN: not timeout 60 %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/p.c src/q.c -- > %t/out
// RUN: FileCheck %s --input-file %t/out
// CHECK: src/p.c:2:1: error: 'pid_t' is used without including <sys/types.h>
// CHECK: src/q.c:1:1: {{.*}}<bits/types.h> is an internal header
// CHECK: public headers that include it: <sys/types.h>

//--- src/p.c
#include <stdio.h>
pid_t child;
//--- src/q.c
#include <bits/types.h>
int main(void) { return 0; }
//--- g/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#endif
//--- g/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
int puts(const char *);
#endif
//--- g/usr/include/bits/types.h
typedef int __pid_t;
//--- g/usr/include/sys/types.h
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H 1
#include <bits/types.h>
typedef __pid_t pid_t;
#endif
