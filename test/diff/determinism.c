// Output never depends on thread scheduling: `diff --all-headers` (one job
// per side and header) prints the same bytes with -j1, -j4 and -j0 (one job
// per core), in text and JSON; so does the per-header form, a three-sided
// diff, and `exposure` over several targets; and running the same command
// twice gives the same bytes. The first checks make sure there is
// something to compare.
//
// RUN: rm -rf %t && mkdir -p %t
// DEFINE: %{commit} = %hstack diff --sysroots-dir %t/none --before-sysroot %testdata/uclibc-0.9.33-before --after-sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu
//
// RUN: not %{commit} -j1 --all-headers > %t/all1.txt
// RUN: FileCheck %s --input-file %t/all1.txt --match-full-lines --strict-whitespace
// CHECK:HEADER      STATUS                          HEADERS      EDGES      NAMES  NOTE
// CHECK-NEXT:pthread.h   both                              +3/-0      +4/-0     +16/-0{{ *}}
// CHECK-NEXT:sched.h     both                              +3/-0      +4/-0     +16/-0{{ *}}
// CHECK-NEXT:stdio.h     both                              +2/-0      +3/-0     +15/-0{{ *}}
// CHECK-NEXT:5 headers compared, 2 identical (not listed)
// RUN: not %{commit} -j4 --all-headers > %t/all4.txt
// RUN: diff %t/all1.txt %t/all4.txt
// RUN: not %{commit} -j4 --all-headers > %t/all4b.txt
// RUN: diff %t/all1.txt %t/all4b.txt
// RUN: not %{commit} -j0 --all-headers > %t/all0.txt
// RUN: diff %t/all1.txt %t/all0.txt
//
// JSON: all five headers, each with its chains.
// RUN: not %{commit} -j1 --all-headers --format json > %t/all1.json
// RUN: not %{commit} -j4 --all-headers --format json > %t/all4.json
// RUN: diff %t/all1.json %t/all4.json
// RUN: grep -c '"presence":' %t/all1.json | FileCheck %s --check-prefix=FIVE
// FIVE: {{^5$}}
//
// The per-header form with every header named, in a mode.
// RUN: not %{commit} -j1 features.h pthread.h sched.h stdio.h stdlib.h -- -D_GNU_SOURCE > %t/named1.txt
// RUN: not %{commit} -j4 features.h pthread.h sched.h stdio.h stdlib.h -- -D_GNU_SOURCE > %t/named4.txt
// RUN: diff %t/named1.txt %t/named4.txt
// RUN: grep -c '^--- ' %t/named1.txt | FileCheck %s --check-prefix=FIVE
//
// Three sides (two comparisons) over all headers.
// DEFINE: %{three} = %hstack diff --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu --all-headers
// RUN: not %{three} -j1 > %t/three1.txt
// RUN: not %{three} -j4 > %t/three4.txt
// RUN: diff %t/three1.txt %t/three4.txt
// RUN: grep -c '^== diff' %t/three1.txt | FileCheck %s --check-prefix=TWO
// TWO: {{^2$}}
//
// exposure: one job per target.
// DEFINE: %{exposure} = %hstack exposure --sysroots-dir %t/none --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu --reserved stdio.h pthread.h
// RUN: %{exposure} -j1 > %t/exp1.txt
// RUN: %{exposure} -j4 > %t/exp4.txt
// RUN: diff %t/exp1.txt %t/exp4.txt
// RUN: %{exposure} -j1 --format json > %t/exp1.json
// RUN: %{exposure} -j4 --format json > %t/exp4.json
// RUN: diff %t/exp1.json %t/exp4.json
// RUN: grep -c '^== ' %t/exp1.txt | FileCheck %s --check-prefix=TWO
