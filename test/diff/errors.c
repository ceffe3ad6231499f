// Bad usage of `diff`: one `hstack: error:` line on stderr, nothing on
// stdout, exit 2 (not 1, which means "the sides differ").
//
// RUN: rm -rf %t && mkdir -p %t
// DEFINE: %{diff} = %hstack diff --sysroots-dir %t/none
// DEFINE: %{u} = --sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu
// DEFINE: %{u2} = --sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu
//
// Only one side: one target and nothing else to compare it with.
// RUN: %{diff} %{u} stdio.h > %t/out1 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RUN: count 0 < %t/out1
// RUN: count 1 < %t/err1
// RUN: FileCheck %s --check-prefix=ONE-SIDE --input-file %t/err1 --match-full-lines
// ONE-SIDE: hstack: error: diff needs two sides: {{.*}}
// RC: exit=2
//
// --mode compares modes on one target, not two.
// RUN: %{diff} %{u} %{u2} --mode -std=c11 --mode -D_GNU_SOURCE stdio.h > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=MODE-TWO-TARGETS --input-file %t/err2 --match-full-lines
// MODE-TWO-TARGETS: hstack: error: diff: --mode compares modes on one target{{.*}}
//
// One --mode is not a comparison.
// RUN: %{diff} %{u} --mode -std=c11 stdio.h > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 0 < %t/out3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=ONE-MODE --input-file %t/err3 --match-full-lines
// ONE-MODE: hstack: error: diff: --mode {{.*}}at least two --mode
//
// --before-sysroot without --after-sysroot, and the other way round.
// RUN: %{diff} --before-sysroot %testdata/uclibc-0.9.33-before --triple x86_64-linux-gnu stdio.h > %t/out4 2> %t/err4; echo "exit=$?" > %t/rc4
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc4
// RUN: count 0 < %t/out4
// RUN: count 1 < %t/err4
// RUN: FileCheck %s --check-prefix=PAIR --input-file %t/err4 --match-full-lines
// RUN: %{diff} --after-sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu stdio.h > %t/out5 2> %t/err5; echo "exit=$?" > %t/rc5
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc5
// RUN: count 0 < %t/out5
// RUN: count 1 < %t/err5
// RUN: FileCheck %s --check-prefix=PAIR --input-file %t/err5 --match-full-lines
// PAIR: hstack: error: diff: --before-sysroot and --after-sysroot go together{{.*}}
//
// The pair without --triple.
// RUN: %{diff} --before-sysroot %testdata/uclibc-0.9.33-before --after-sysroot %testdata/uclibc-0.9.33 stdio.h > %t/out6 2> %t/err6; echo "exit=$?" > %t/rc6
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc6
// RUN: count 0 < %t/out6
// RUN: count 1 < %t/err6
// RUN: FileCheck %s --check-prefix=TRIPLE --input-file %t/err6 --match-full-lines
// TRIPLE: hstack: error: diff: {{.*}}--triple{{.*}}
//
// A --before-sysroot that does not exist: the line names it.
// RUN: %{diff} --before-sysroot %t/nosuch --after-sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu stdio.h > %t/out7 2> %t/err7; echo "exit=$?" > %t/rc7
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc7
// RUN: count 0 < %t/out7
// RUN: count 1 < %t/err7
// RUN: FileCheck %s --check-prefix=NOSUCH --input-file %t/err7 --match-full-lines
// NOSUCH: hstack: error: {{.*}}/nosuch: sysroot directory does not exist
//
// Two sides but nothing to compare: no HEADER and no --all-headers.
// RUN: %{diff} %{u} %{u2} > %t/out8 2> %t/err8; echo "exit=$?" > %t/rc8
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc8
// RUN: count 0 < %t/out8
// RUN: count 1 < %t/err8
// RUN: FileCheck %s --check-prefix=NOHEADER --input-file %t/err8 --match-full-lines
// NOHEADER: hstack: error: diff: name HEADERs or give --all-headers
//
// An output format diff does not have.
// RUN: %{diff} %{u} %{u2} --format xml stdio.h > %t/out9 2> %t/err9; echo "exit=$?" > %t/rc9
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc9
// RUN: count 0 < %t/out9
// RUN: count 1 < %t/err9
// RUN: FileCheck %s --check-prefix=FORMAT --input-file %t/err9 --match-full-lines
// FORMAT: hstack: error: unknown --format 'xml'{{.*}}
