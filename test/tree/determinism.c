// Output never depends on thread scheduling: the same `tree` run over
// several inputs and two targets prints the same bytes with -j1, -j4 and
// -j0 (one job per core), in text and JSON, and so does `why`. The first
// checks make sure there is something to compare (two targets x five
// inputs, in target-major order).
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %hstack tree -j1 --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   stdio.h pthread.h sched.h stdlib.h features.h > %t/j1.txt
// RUN: FileCheck %s --input-file %t/j1.txt
// CHECK:     == uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): stdio.h
// CHECK:     == uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): pthread.h
// CHECK:     == uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): sched.h
// CHECK:     == uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): stdlib.h
// CHECK:     == uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): features.h
// CHECK:     == uclibc-0.9.33:x86_64#2 (uclibc 0.9.33, x86_64-linux-gnu): stdio.h
// CHECK:     == uclibc-0.9.33:x86_64#2 (uclibc 0.9.33, x86_64-linux-gnu): pthread.h
// CHECK:     == uclibc-0.9.33:x86_64#2 (uclibc 0.9.33, x86_64-linux-gnu): sched.h
// CHECK:     == uclibc-0.9.33:x86_64#2 (uclibc 0.9.33, x86_64-linux-gnu): stdlib.h
// CHECK:     == uclibc-0.9.33:x86_64#2 (uclibc 0.9.33, x86_64-linux-gnu): features.h
// CHECK-NOT: ==
//
// RUN: %hstack tree -j4 --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   stdio.h pthread.h sched.h stdlib.h features.h > %t/j4.txt
// RUN: diff %t/j1.txt %t/j4.txt
// RUN: %hstack tree -j4 --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   stdio.h pthread.h sched.h stdlib.h features.h > %t/j4b.txt
// RUN: diff %t/j1.txt %t/j4b.txt
// RUN: %hstack tree -j0 --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   stdio.h pthread.h sched.h stdlib.h features.h > %t/j0.txt
// RUN: diff %t/j1.txt %t/j0.txt
//
// JSON.
// RUN: %hstack tree -j1 --format json --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   stdio.h pthread.h sched.h stdlib.h features.h > %t/j1.json
// RUN: %hstack tree -j4 --format json --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu \
// RUN:   stdio.h pthread.h sched.h stdlib.h features.h > %t/j4.json
// RUN: diff %t/j1.json %t/j4.json
// RUN: grep -c '"input":' %t/j1.json | FileCheck %s --check-prefix=TEN
// TEN: {{^10$}}
//
// why: one job per target.
// RUN: %hstack why -j1 --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu --from stdio.h abs > %t/why1.txt
// RUN: %hstack why -j4 --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu \
// RUN:   --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu --from stdio.h abs > %t/why4.txt
// RUN: diff %t/why1.txt %t/why4.txt
// RUN: FileCheck %s --check-prefix=WHY --input-file %t/why1.txt
// WHY:      == uclibc-0.9.33:x86_64 (uclibc 0.9.33, x86_64-linux-gnu): abs from stdio.h
// WHY-NEXT:   stdio.h:17 -> {{.*}} -> bits/sched.h:63 -> stdlib.h
// WHY:      == uclibc-0.9.33:x86_64#2 (uclibc 0.9.33, x86_64-linux-gnu): abs from stdio.h
// WHY-NEXT:   abs is not reachable from stdio.h on uclibc-0.9.33:x86_64#2
