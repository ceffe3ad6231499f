// The listing depends on the feature-test mode. On the checked-in fake
// uClibc 0.9.33 (testdata/uclibc-0.9.33), <stdio.h> reaches bits/sched.h
// and sched.h through bits/uClibc_mutex.h -> pthread.h; clone(), unshare()
// and the CPU_* macros there are under __USE_GNU, so they are exposed only
// with _GNU_SOURCE. The CLONE_* flags are under __USE_MISC, which the
// default mode turns on and --strict (-std=c11 -D_POSIX_C_SOURCE=200809L)
// does not. The heading says which mode: `default mode`, the clang
// arguments after `--`, or --strict's arguments.
//
// DEFINE: %{exposure} = %hstack exposure --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu
// RUN: rm -rf %t && mkdir -p %t
//
// RUN: %{exposure} stdio.h > %t/default.txt
// RUN: FileCheck %s --check-prefix=DEFAULT --input-file %t/default.txt --match-full-lines --strict-whitespace
// DEFAULT:== uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): stdio.h [default mode]
// DEFAULT:  macro                CLONE_VM                         bits/sched.h:18  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h
// DEFAULT:  51 names (54 reserved names not listed; --reserved lists them)
// RUN: FileCheck %s --check-prefix=NOGNU --input-file %t/default.txt
// NOGNU-NOT: clone
// NOGNU-NOT: unshare
// NOGNU-NOT: CPU_SETSIZE
// NOGNU-NOT: sched_setaffinity
//
// RUN: %{exposure} stdio.h -- -D_GNU_SOURCE > %t/gnu.txt
// RUN: FileCheck %s --check-prefix=GNU --input-file %t/gnu.txt --match-full-lines --strict-whitespace
// GNU:== uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): stdio.h [-D_GNU_SOURCE]
// GNU:  macro                CLONE_VM                         bits/sched.h:18  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h
// GNU:  macro                CPU_SETSIZE                      sched.h:25  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h
// GNU-NEXT:  function-like macro  CPU_ZERO                         sched.h:26  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h
// GNU:  function             clone                            bits/sched.h:35  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h
// GNU:  function             pthread_setaffinity_np           pthread.h:22  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h
// GNU:  function             sched_setaffinity                sched.h:27  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h
// GNU:  function             unshare                          bits/sched.h:39  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h
// GNU:  57 names (55 reserved names not listed; --reserved lists them)
//
// Exactly those six names are what _GNU_SOURCE adds: the listings differ
// in the heading, the six lines and the count.
// RUN: not diff %t/default.txt %t/gnu.txt > %t/delta.txt
// RUN: grep -c '^> ' %t/delta.txt | FileCheck %s --check-prefix=EIGHT
// EIGHT: {{^8$}}
//
// --strict: its arguments in the heading, no CLONE_* (no __USE_MISC), no
// clone; but strict C11/POSIX does not stop the pthread.h -> sched.h ->
// stdlib.h leak, so abs and malloc are still there.
// RUN: %{exposure} --strict stdio.h > %t/strict.txt
// RUN: FileCheck %s --check-prefix=STRICT --input-file %t/strict.txt --match-full-lines --strict-whitespace
// STRICT:== uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): stdio.h [-std=c11 -U_GNU_SOURCE -U_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L]
// STRICT:  function             abs                              stdlib.h:36  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// STRICT:  function             malloc                           stdlib.h:22  via stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// STRICT:  45 names (51 reserved names not listed; --reserved lists them)
// RUN: FileCheck %s --check-prefix=LEAN --input-file %t/strict.txt
// LEAN-NOT: CLONE_
// LEAN-NOT: CSIGNAL
// LEAN-NOT: clone
//
// The mode is in the JSON too, argument by argument.
// RUN: %{exposure} --strict --format json stdio.h | FileCheck %s --check-prefix=JSON-MODE
// JSON-MODE:      "mode": [
// JSON-MODE-NEXT:   "-std=c11",
// JSON-MODE-NEXT:   "-U_GNU_SOURCE",
// JSON-MODE-NEXT:   "-U_DEFAULT_SOURCE",
// JSON-MODE-NEXT:   "-D_POSIX_C_SOURCE=200809L"
// JSON-MODE-NEXT: ],
// RUN: %{exposure} --format json stdio.h | FileCheck %s --check-prefix=JSON-DEFAULT
// JSON-DEFAULT: "mode": [],
