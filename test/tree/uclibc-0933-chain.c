// The uClibc 0.9.33 stacking problem on the checked-in fake sysroot
// testdata/uclibc-0.9.33: <stdio.h> reaches bits/sched.h (clone) and, since
// uClibc commit 2e2dc998, stdlib.h (abs) through bits/uClibc_stdio.h ->
// bits/uClibc_mutex.h -> pthread.h -> sched.h. The tree shows the whole chain
// with the line of every #include; `why` finds clone only with _GNU_SOURCE,
// and abs/stdlib.h only in the tree that has the stdlib.h edge.
//
// Patterns are whole lines with exact whitespace: the text starts right
// after the colon.

// RUN: %hstack tree --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --check-prefix=TREE --match-full-lines --strict-whitespace
// TREE:== uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): stdio.h
// TREE-NEXT:stdio.h
// TREE-NEXT:  6 features.h
// TREE-NEXT:    8 bits/uClibc_config.h
// TREE-NEXT:    46 sys/cdefs.h  [#ifndef __ASSEMBLER__]
// TREE-NEXT:  12 stddef.h <compiler> (with __need_NULL __need_size_t)
// TREE:  14 bits/types.h
// TREE-NEXT:    6 features.h (skipped: already included)
// TREE:  17 bits/uClibc_stdio.h
// TREE-NEXT:    14 bits/uClibc_mutex.h  [#ifdef __UCLIBC_HAS_THREADS__]
// TREE-NEXT:      7 features.h (skipped: already included)
// TREE-NEXT:      11 pthread.h  [#ifdef __UCLIBC_HAS_THREADS__]
// TREE-NEXT:        5 features.h (skipped: already included)
// TREE-NEXT:        6 sched.h
// TREE-NEXT:          5 features.h (skipped: already included)
// TREE-NEXT:          7 bits/types.h (skipped: already included)
// TREE-NEXT:          10 stddef.h <compiler> (with __need_size_t)
// TREE-NEXT:            {{[0-9]+}} __stddef_size_t.h <compiler>  {{.*}}[#if defined(__need_size_t)]
// TREE-NEXT:          13 bits/sched.h
// TREE-NEXT:            63 stdlib.h  [#if defined _SCHED_H && !defined __cpu_set_t_defined]
// TREE-NEXT:              5 features.h (skipped: already included)
// TREE-NEXT:              10 stddef.h <compiler> (with __need_NULL __need_size_t __need_wchar_t)
// TREE:        7 bits/pthreadtypes.h
// TREE-NOT:compiler diagnostics:

// clone() is declared under #ifdef __USE_GNU, which features.h sets for
// _GNU_SOURCE.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --from stdio.h clone -- -D_GNU_SOURCE | FileCheck %s --check-prefix=CLONE --match-full-lines --strict-whitespace
// CLONE:== uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): clone from stdio.h
// CLONE-NEXT:  stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h
// CLONE-NEXT:    bits/sched.h:35: function: extern int clone (int (*__fn) (void *__arg), void *__child_stack, int __flags, void *__arg, ...) __THROW
// CLONE-NOT:{{.+}}

// Without _GNU_SOURCE the declaration is in a false branch.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --from stdio.h clone | FileCheck %s --check-prefix=NOCLONE
// NOCLONE:      == uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): clone from stdio.h
// NOCLONE-NEXT: clone is not reachable from stdio.h on uclibc-0.9.33:x86_64
// NOCLONE-NOT:  bits/sched.h

// abs() comes in through bits/sched.h -> stdlib.h (Gentoo bugs #510766/#510770).
// RUN: %hstack why --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --from stdio.h abs | FileCheck %s --check-prefix=ABS --match-full-lines --strict-whitespace
// ABS:== uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): abs from stdio.h
// ABS-NEXT:  stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// ABS-NEXT:    stdlib.h:36: function: extern int abs (int __x) __THROW __attribute__ ((__const__))
// ABS-NOT:{{.+}}

// The header form of the same question.
// RUN: %hstack why --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --from stdio.h stdlib.h | FileCheck %s --check-prefix=HDR --match-full-lines --strict-whitespace
// HDR:== uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): stdlib.h from stdio.h
// HDR-NEXT:  stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h:63 -> stdlib.h
// HDR-NOT:{{.+}}

// Before commit 2e2dc998 (testdata/uclibc-0.9.33-before) stdio.h still
// reaches bits/sched.h and clone, but neither stdlib.h nor abs.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu stdio.h \
// RUN:   | FileCheck %s --check-prefix=BEFORE-TREE
// BEFORE-TREE:     13 bits/sched.h
// BEFORE-TREE-NOT: stdlib.h
// RUN: %hstack why --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   --from stdio.h abs | FileCheck %s --check-prefix=BEFORE-ABS
// BEFORE-ABS:      == uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): abs from stdio.h
// BEFORE-ABS-NEXT: abs is not reachable from stdio.h on uclibc-0.9.33:x86_64
// BEFORE-ABS-NOT:  stdlib.h
// RUN: %hstack why --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   --from stdio.h stdlib.h | FileCheck %s --check-prefix=BEFORE-HDR
// BEFORE-HDR: stdlib.h is not reachable from stdio.h on uclibc-0.9.33:x86_64
// RUN: %hstack why --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   --from stdio.h clone -- -D_GNU_SOURCE | FileCheck %s --check-prefix=BEFORE-CLONE
// BEFORE-CLONE: stdio.h:17 -> bits/uClibc_stdio.h:14 -> bits/uClibc_mutex.h:11 -> pthread.h:6 -> sched.h:13 -> bits/sched.h{{$}}
// BEFORE-CLONE: bits/sched.h:35: function: extern int clone
