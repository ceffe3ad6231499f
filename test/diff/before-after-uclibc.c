// A libc commit check on the checked-in model of uClibc commit 2e2dc998
// ("sched.h: include stdlib.h for malloc/free"): testdata/uclibc-0.9.33-before
// is the 0.9.33.2 release, testdata/uclibc-0.9.33 has the one new line
// `#include <stdlib.h>` at bits/sched.h:63. Diffing the two for <stdio.h>
// shows what the commit did to every program that includes only <stdio.h>:
// stdlib.h (and, through it, the compiler's __stddef_wchar_t.h) is newly
// reached along stdio.h -> bits/uClibc_stdio.h -> bits/uClibc_mutex.h ->
// pthread.h -> sched.h -> bits/sched.h, and abs, malloc, free and the rest of
// the fake stdlib.h are newly exposed, each with that chain. Exit 1.
//
// RUN: rm -rf %t && mkdir -p %t
// DEFINE: %{commit} = %hstack diff --sysroots-dir %t/none --before-sysroot %testdata/uclibc-0.9.33-before --after-sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu
//
// RUN: %{commit} stdio.h > %t/out; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=1
// RUN: FileCheck %s --input-file %t/out --match-full-lines --strict-whitespace
// CHECK:== diff before:uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu) -> after:uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu)
// CHECK-NEXT:--- before:uclibc-0.9.33:x86_64 stdio.h
// CHECK-NEXT:+++ after:uclibc-0.9.33:x86_64 stdio.h
// CHECK-NEXT:@@ headers reached @@
// CHECK-NEXT:+ stdlib.h  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ __stddef_wchar_t.h  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h:10 -> stddef.h:103 -> __stddef_wchar_t.h
// CHECK-NEXT:@@ names exposed @@
// CHECK-NEXT:+ EXIT_FAILURE                     macro                stdlib.h:14  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ EXIT_SUCCESS                     macro                stdlib.h:15  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ abort                            function             stdlib.h:28  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ abs                              function             stdlib.h:36  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ atoi                             function             stdlib.h:17  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ calloc                           function             stdlib.h:23  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ exit                             function             stdlib.h:29  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ free                             function             stdlib.h:26  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ getenv                           function             stdlib.h:30  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ labs                             function             stdlib.h:37  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ malloc                           function             stdlib.h:22  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ qsort                            function             stdlib.h:33  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ realloc                          function             stdlib.h:25  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ strtol                           function             stdlib.h:18  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// CHECK-NEXT:+ wchar_t                          typedef              __stddef_wchar_t.h:24  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h:10 -> stddef.h:103 -> __stddef_wchar_t.h
// CHECK-NEXT:  summary: headers +2 -0, include edges +3 -0, names +15 -0
// CHECK-NOT:{{.+}}
//
// The commit removes nothing, and sched.h, pthread.h and clone were
// already reached before it.
// RUN: FileCheck %s --check-prefix=NOTHING-REMOVED --input-file %t/out
// NOTHING-REMOVED-NOT: {{^- }}
// NOTHING-REMOVED-NOT: sched_yield
// NOTHING-REMOVED-NOT: pthread_create
//
// The same in JSON, with abs in names_added with the whole chain, paths in the
// "after" tree.
// RUN: not %{commit} --format json stdio.h | FileCheck %s --check-prefix=JSON
// JSON:      "label": "before:uclibc-0.9.33:x86_64",
// JSON:      "sysroot": "{{.*}}/testdata/uclibc-0.9.33-before",
// JSON:      "label": "after:uclibc-0.9.33:x86_64",
// JSON:      "presence": "both",
// JSON:      "headers_added": [
// JSON-NEXT:   {
// JSON-NEXT:     "header": "stdlib.h",
// JSON:      "edges_added": 3,
// JSON-NEXT: "edges_removed": 0,
// JSON:      "name": "abs",
// JSON-NEXT: "kind": "function",
// JSON-NEXT: "header": "stdlib.h",
// JSON-NEXT: "line": 36,
// JSON-NEXT: "chain": [
// JSON-NEXT:   {
// JSON-NEXT:     "header": "stdio.h",
// JSON-NEXT:     "path": "{{.*}}/testdata/uclibc-0.9.33/usr/include/stdio.h",
// JSON-NEXT:     "line": 17
// JSON-NEXT:   },
// JSON:            "header": "bits/sched.h",
// JSON-NEXT:     "path": "{{.*}}/testdata/uclibc-0.9.33/usr/include/bits/sched.h",
// JSON-NEXT:     "line": 63
// JSON-NEXT:   },
// JSON-NEXT:   {
// JSON-NEXT:     "header": "stdlib.h",
// JSON-NEXT:     "path": "{{.*}}/testdata/uclibc-0.9.33/usr/include/stdlib.h",
// JSON-NEXT:     "line": 0
// JSON-NEXT:   }
// JSON-NEXT: ]
// JSON:      "names_removed": []
//
// With _GNU_SOURCE on both sides (clang arguments after `--`), the commit
// adds the same stdlib.h names, and clone is not among them: it is in
// bits/sched.h on both sides.
// RUN: not %{commit} stdio.h -- -D_GNU_SOURCE > %t/gnu
// RUN: FileCheck %s --check-prefix=GNU --input-file %t/gnu --match-full-lines --strict-whitespace
// GNU:== diff before:uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu) -> after:uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu)
// GNU-NEXT:   modes: [-D_GNU_SOURCE] -> [-D_GNU_SOURCE]
// GNU:+ stdlib.h  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// GNU:  summary: headers +2 -0, include edges +3 -0, names +15 -0
// RUN: FileCheck %s --check-prefix=GNU-NO-CLONE --input-file %t/gnu
// GNU-NO-CLONE-NOT: clone
//
// What _GNU_SOURCE itself does to <stdio.h>, on either tree: a diff of
// modes on the one target shows clone (and unshare, the CPU_* macros, ...)
// exposed by <stdio.h> at all, through sched.h -> bits/sched.h.
// DEFINE: %{modes} = %hstack diff --sysroots-dir %t/none --triple x86_64-linux-gnu --mode '-std=c11' --mode '-D_GNU_SOURCE'
// RUN: not %{modes} --sysroot %testdata/uclibc-0.9.33 stdio.h | FileCheck %s --check-prefix=CLONE --match-full-lines --strict-whitespace
// RUN: not %{modes} --sysroot %testdata/uclibc-0.9.33-before stdio.h | FileCheck %s --check-prefix=CLONE --match-full-lines --strict-whitespace
// CLONE:== diff uclibc-0.9.33:x86_64 [-std=c11] (uclibc 0.9.33, x86_64-linux-gnu) -> uclibc-0.9.33:x86_64 [-D_GNU_SOURCE] (uclibc 0.9.33, x86_64-linux-gnu)
// CLONE-NEXT:   modes: [-std=c11] -> [-D_GNU_SOURCE]
// CLONE-NEXT:--- uclibc-0.9.33:x86_64 [-std=c11] stdio.h
// CLONE-NEXT:+++ uclibc-0.9.33:x86_64 [-D_GNU_SOURCE] stdio.h
// CLONE-NEXT:@@ names exposed @@
// CLONE-NEXT:+ CPU_SETSIZE                      macro                sched.h:25  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h
// CLONE-NEXT:+ CPU_ZERO                         function-like macro  sched.h:26  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h
// CLONE-NEXT:+ clone                            function             bits/sched.h:35  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h
// CLONE-NEXT:+ pthread_setaffinity_np           function             pthread.h:22  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h
// CLONE-NEXT:+ sched_setaffinity                function             sched.h:27  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h
// CLONE-NEXT:+ unshare                          function             bits/sched.h:39  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h
// CLONE-NEXT:  summary: headers +0 -0, include edges +0 -0, names +6 -0
// CLONE-NOT:{{.+}}
