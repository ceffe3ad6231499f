// `diff --all-headers` compares every public header either side has and
// prints one summary table per comparison: a row per header that differs
// (STATUS `both` with +added/-removed counts of headers reached, include
// edges and names, or `only <side>` for a header one side lacks), then a
// line counting the headers compared and the identical ones, which are not
// listed. Rows are sorted by size of change: presence differences first,
// then the biggest total change, ties by header name.
//
// What counts as a public header: every *.h under the side's include dirs
// (the multiarch dir x86_64-linux-gnu/ with names relative to itself), but
// not internal ones (bits/...) nor kernel ones (linux/...), nor non-headers.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu
//
// RUN: %{diff} --all-headers > %t/out; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=1
// RUN: FileCheck %s --input-file %t/out --match-full-lines --strict-whitespace
// CHECK:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> glibc-2.37:x86_64 (glibc 2.37, x86_64-linux-gnu)
// CHECK-NEXT:HEADER       STATUS                          HEADERS      EDGES      NAMES  NOTE
// CHECK-NEXT:onlya.h      only glibc-2.36:x86_64                -          -          -
// CHECK-NEXT:onlyb.h      only glibc-2.37:x86_64                -          -          -
// CHECK-NEXT:sched.h      only glibc-2.37:x86_64                -          -          -
// CHECK-NEXT:string.h     only glibc-2.37:x86_64                -          -          -
// CHECK-NEXT:big.h        both                              +2/-0      +2/-0      +3/-1{{ *}}
// CHECK-NEXT:tie1.h       both                              +0/-0      +0/-0      +1/-1{{ *}}
// CHECK-NEXT:tie2.h       both                              +0/-0      +0/-0      +1/-1{{ *}}
// CHECK-NEXT:small.h      both                              +0/-0      +0/-0      +1/-0{{ *}}
// CHECK-NEXT:sys/multi.h  both                              +0/-0      +0/-0      +1/-0{{ *}}
// CHECK-NEXT:12 headers compared, 3 identical (not listed)
// CHECK-NOT:{{.+}}
//
// The identical ones (features.h, same.h, zsame.h) and the non-public
// files are nowhere in the table.
// RUN: FileCheck %s --check-prefix=NOT-LISTED --input-file %t/out
// NOT-LISTED-NOT: same.h
// NOT-LISTED-NOT: features.h
// NOT-LISTED-NOT: internal_only_a.h
// NOT-LISTED-NOT: kernel_only_a.h
// NOT-LISTED-NOT: README
//
// In JSON every compared header is there, identical ones included, in
// name order, with the details the table only counts.
// RUN: not %{diff} --all-headers --format json > %t/out.json
// RUN: %python -c "import json,sys; d=json.load(open(sys.argv[1])); print(' '.join(h['header'] + '=' + h['presence'] for h in d['comparisons'][0]['headers']))" %t/out.json \
// RUN:   | FileCheck %s --check-prefix=JSON --match-full-lines
// JSON: big.h=both features.h=both onlya.h=only_a onlyb.h=only_b same.h=both sched.h=only_b small.h=both string.h=only_b sys/multi.h=both tie1.h=both tie2.h=both zsame.h=both
//
// Headers named beside --all-headers are compared too, even internal ones.
// RUN: not %{diff} --all-headers bits/internal_only_a.h | FileCheck %s --check-prefix=NAMED --match-full-lines --strict-whitespace
// NAMED:HEADER                  STATUS                          HEADERS      EDGES      NAMES  NOTE
// NAMED-NEXT:bits/internal_only_a.h  only glibc-2.36:x86_64                -          -          -
// NAMED-NEXT:onlya.h                 only glibc-2.36:x86_64                -          -          -
// NAMED:13 headers compared, 3 identical (not listed)
//
// Three sides: one table per comparison with the first, each covering only
// its two sides' headers (onlyb.h, sched.h and string.h, which only the
// second side has, are not in the first-to-third table).
// RUN: not %{diff} --sysroot %t/c --triple x86_64-linux-gnu --all-headers > %t/three
// RUN: FileCheck %s --check-prefix=THREE --input-file %t/three --match-full-lines --strict-whitespace
// THREE:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> glibc-2.37:x86_64 (glibc 2.37, x86_64-linux-gnu)
// THREE:12 headers compared, 3 identical (not listed)
// THREE-EMPTY:
// THREE-NEXT:== diff glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu) -> glibc-2.38:x86_64 (glibc 2.38, x86_64-linux-gnu)
// THREE-NEXT:HEADER       STATUS                          HEADERS      EDGES      NAMES  NOTE
// THREE-NEXT:big.h        only glibc-2.36:x86_64                -          -          -
// THREE-NEXT:onlya.h      only glibc-2.36:x86_64                -          -          -
// THREE-NEXT:small.h      only glibc-2.36:x86_64                -          -          -
// THREE-NEXT:sys/multi.h  only glibc-2.36:x86_64                -          -          -
// THREE-NEXT:tie1.h       only glibc-2.36:x86_64                -          -          -
// THREE-NEXT:tie2.h       only glibc-2.36:x86_64                -          -          -
// THREE-NEXT:zsame.h      only glibc-2.36:x86_64                -          -          -
// THREE-NEXT:9 headers compared, 2 identical (not listed)
// THREE-NOT:{{.+}}

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/same.h
extern int same_fn (void);
//--- a/usr/include/zsame.h
extern int zsame_fn (void);
//--- a/usr/include/big.h
#include <features.h>
extern int big1 (void);
//--- a/usr/include/small.h
extern int small1 (void);
//--- a/usr/include/tie1.h
extern int tie1_a (void);
//--- a/usr/include/tie2.h
extern int tie2_a (void);
//--- a/usr/include/onlya.h
extern int onlya_fn (void);
//--- a/usr/include/bits/internal_only_a.h
extern int internal_fn (void);
//--- a/usr/include/linux/kernel_only_a.h
#define KERNEL_ONLY 1
//--- a/usr/include/x86_64-linux-gnu/sys/multi.h
extern int multi_fn (void);
//--- a/usr/include/README
not a header
//--- b/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 37
//--- b/usr/include/same.h
extern int same_fn (void);
//--- b/usr/include/zsame.h
extern int zsame_fn (void);
//--- b/usr/include/big.h
#include <features.h>
#include <sched.h>
#include <string.h>
extern int big2 (void);
//--- b/usr/include/sched.h
extern int sched_yield (void);
//--- b/usr/include/string.h
extern unsigned long strlen (const char *__s);
//--- b/usr/include/small.h
extern int small1 (void);
extern int small2 (void);
//--- b/usr/include/tie1.h
extern int tie1_b (void);
//--- b/usr/include/tie2.h
extern int tie2_b (void);
//--- b/usr/include/onlyb.h
extern int onlyb_fn (void);
//--- b/usr/include/x86_64-linux-gnu/sys/multi.h
extern int multi_fn (void);
extern int multi_fn2 (void);
//--- c/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 38
//--- c/usr/include/same.h
extern int same_fn (void);
