// `exposure --format json`: schema hstack.exposure/1, one entry per target
// with the target, the headers, the mode and the names; each name carries
// name, kind, reserved, header, line, home, text and the chain (header,
// absolute path and #include line of every step; 0 on the last one).
//
// `home` is the nearest header on the chain that is neither internal
// (bits/, gnu/, sys/cdefs.h, ...) nor kernel (asm/, linux/, ...), per
// rules/headers.yaml: TCGETS from asm/ioctls.h via bits/ioctls.h is at home
// in sys/ioctl.h, SCHED_OTHER from bits/sched.h in sched.h, FILENAME_MAX from
// bits/stdio_lim.h in stdio.h itself, CDEFS_VISIBLE from sys/cdefs.h in
// features.h; a name declared in a public header is at home there.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{exposure} = %hstack exposure --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --format json
//
// RUN: %{exposure} stdio.h > %t/out.json
// RUN: FileCheck %s --input-file %t/out.json
// CHECK:      {
// CHECK-NEXT:   "schema": "hstack.exposure/1",
// CHECK-NEXT:   "exposures": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "target": {
// CHECK-NEXT:         "name": "glibc-2.36:x86_64",
// CHECK-NEXT:         "libc": "glibc",
// CHECK-NEXT:         "version": "2.36",
// CHECK-NEXT:         "arch": "x86_64",
// CHECK-NEXT:         "abi": "",
// CHECK-NEXT:         "triple": "x86_64-linux-gnu",
// CHECK-NEXT:         "sysroot": "{{.*}}/root",
// CHECK-NEXT:         "cflags": [],
// CHECK-NEXT:         "origin": "user"
// CHECK-NEXT:       },
// CHECK-NEXT:       "headers": "stdio.h",
// CHECK-NEXT:       "mode": [],
// CHECK-NEXT:       "names": [
// CHECK-NEXT:         {
// CHECK-NEXT:           "name": "CDEFS_VISIBLE",
// CHECK-NEXT:           "kind": "macro",
// CHECK-NEXT:           "reserved": false,
// CHECK-NEXT:           "header": "sys/cdefs.h",
// CHECK-NEXT:           "line": 2,
// CHECK-NEXT:           "home": "features.h",
// CHECK-NEXT:           "text": "#define CDEFS_VISIBLE 1",
// CHECK:                "name": "FILENAME_MAX",
// CHECK:                "home": "stdio.h",
// CHECK:                "name": "SCHED_OTHER",
// CHECK-NEXT:           "kind": "macro",
// CHECK-NEXT:           "reserved": false,
// CHECK-NEXT:           "header": "bits/sched.h",
// CHECK-NEXT:           "line": 1,
// CHECK-NEXT:           "home": "sched.h",
// CHECK:                "name": "TCGETS",
// CHECK-NEXT:           "kind": "macro",
// CHECK-NEXT:           "reserved": false,
// CHECK-NEXT:           "header": "asm/ioctls.h",
// CHECK-NEXT:           "line": 1,
// CHECK-NEXT:           "home": "sys/ioctl.h",
// CHECK-NEXT:           "text": "#define TCGETS 0x5401",
// CHECK-NEXT:           "chain": [
// CHECK-NEXT:             {
// CHECK-NEXT:               "header": "stdio.h",
// CHECK-NEXT:               "path": "{{.*}}/root/usr/include/stdio.h",
// CHECK-NEXT:               "line": 5
// CHECK-NEXT:             },
// CHECK-NEXT:             {
// CHECK-NEXT:               "header": "sys/ioctl.h",
// CHECK-NEXT:               "path": "{{.*}}/root/usr/include/sys/ioctl.h",
// CHECK-NEXT:               "line": 1
// CHECK-NEXT:             },
// CHECK-NEXT:             {
// CHECK-NEXT:               "header": "bits/ioctls.h",
// CHECK-NEXT:               "path": "{{.*}}/root/usr/include/bits/ioctls.h",
// CHECK-NEXT:               "line": 1
// CHECK-NEXT:             },
// CHECK-NEXT:             {
// CHECK-NEXT:               "header": "asm/ioctls.h",
// CHECK-NEXT:               "path": "{{.*}}/root/usr/include/asm/ioctls.h",
// CHECK-NEXT:               "line": 0
// CHECK-NEXT:             }
// CHECK-NEXT:           ]
// CHECK-NEXT:         },
// CHECK-NEXT:         {
// CHECK-NEXT:           "name": "ioctl",
// CHECK-NEXT:           "kind": "function",
// CHECK-NEXT:           "reserved": false,
// CHECK-NEXT:           "header": "sys/ioctl.h",
// CHECK-NEXT:           "line": 2,
// CHECK-NEXT:           "home": "sys/ioctl.h",
// CHECK-NEXT:           "text": "extern int ioctl (int __fd, unsigned long int __request, ...) __THROW",
// CHECK:                "name": "printf",
// CHECK-NEXT:           "kind": "function",
// CHECK-NEXT:           "reserved": false,
// CHECK-NEXT:           "header": "stdio.h",
// CHECK-NEXT:           "line": 8,
// CHECK-NEXT:           "home": "stdio.h",
// CHECK-NEXT:           "text": "extern int printf (const char *__restrict __format, ...) __THROW",
// CHECK-NEXT:           "chain": [
// CHECK-NEXT:             {
// CHECK-NEXT:               "header": "stdio.h",
// CHECK-NEXT:               "path": "{{.*}}/root/usr/include/stdio.h",
// CHECK-NEXT:               "line": 0
// CHECK-NEXT:             }
// CHECK-NEXT:           ]
// CHECK-NEXT:         }
// CHECK-NEXT:       ],
// CHECK-NEXT:       "diagnostics": []
// CHECK-NEXT:     }
// CHECK-NEXT:   ]
// CHECK-NEXT: }
//
// Reserved names are left out of the JSON too, unless --reserved.
// RUN: FileCheck %s --check-prefix=NORES --input-file %t/out.json
// NORES-NOT: "reserved": true
// NORES-NOT: "__THROW"
// RUN: %{exposure} --reserved stdio.h | FileCheck %s --check-prefix=RES
// RES:      "name": "__THROW",
// RES-NEXT: "kind": "macro",
// RES-NEXT: "reserved": true,
// RES-NEXT: "header": "sys/cdefs.h",
// RES-NEXT: "line": 1,
// RES-NEXT: "home": "features.h",
// RES-NEXT: "text": "#define __THROW __attribute__ ((__nothrow__))",
//
// Every name has exactly the documented fields (7 names here).
// RUN: %python -c "import json,sys; d=json.load(open(sys.argv[1])); ns=d['exposures'][0]['names']; print(len(ns), all(sorted(n)==sorted(['name','kind','reserved','header','line','home','text','chain']) for n in ns))" %t/out.json \
// RUN:   | FileCheck %s --check-prefix=FIELDS
// FIELDS: {{^7 True$}}
//
// With no public header on the chain, home is the header named.
// RUN: %{exposure} bits/ioctls.h | FileCheck %s --check-prefix=NOHOME
// NOHOME:      "name": "TCGETS",
// NOHOME:      "home": "bits/ioctls.h",

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#include <sys/cdefs.h>
#endif
//--- root/usr/include/sys/cdefs.h
#define __THROW __attribute__ ((__nothrow__))
#define CDEFS_VISIBLE 1
//--- root/usr/include/stdio.h
#ifndef _STDIO_H
#define _STDIO_H 1
#include <features.h>
#include <bits/stdio_lim.h>
#include <sys/ioctl.h>
#include <sched.h>
typedef struct _IO_FILE FILE;
extern int printf (const char *__restrict __format, ...) __THROW;
#endif
//--- root/usr/include/bits/stdio_lim.h
#define FILENAME_MAX 4096
//--- root/usr/include/sys/ioctl.h
#include <bits/ioctls.h>
extern int ioctl (int __fd, unsigned long int __request, ...) __THROW;
//--- root/usr/include/bits/ioctls.h
#include <asm/ioctls.h>
//--- root/usr/include/asm/ioctls.h
#define TCGETS 0x5401
//--- root/usr/include/sched.h
#include <bits/sched.h>
//--- root/usr/include/bits/sched.h
#define SCHED_OTHER 0
