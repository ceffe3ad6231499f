// --sysroot and --triple come in pairs: one without the other is a usage
// error (exit 2, nothing on stdout, one `hstack: error:` line saying so).
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root stdio.h > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err --match-full-lines
// CHECK: hstack: error: --sysroot and --triple must come in pairs (got 1 --sysroot and 0 --triple)
//
// RUN: %hstack why --sysroots-dir %t/none --triple x86_64-linux-gnu --from stdio.h abs > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=TRIPLE --input-file %t/err2 --match-full-lines
// TRIPLE: hstack: error: --sysroot and --triple must come in pairs (got 0 --sysroot and 1 --triple)
//
// Two sysroots, one triple.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --sysroot %t/root stdio.h \
// RUN:   > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=TWO --input-file %t/err3 --match-full-lines
// TWO: hstack: error: --sysroot and --triple must come in pairs (got 2 --sysroot and 1 --triple)

//--- root/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
