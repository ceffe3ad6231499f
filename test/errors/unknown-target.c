// --target with a name no sysroot provides: exit 2, stdout empty, and one
// `hstack: error:` line naming the target and listing the known ones.
//
// RUN: rm -rf %t && split-file %s %t
// No targets at all.
// RUN: %hstack tree --sysroots-dir %t/none --target nosuch:arch stdio.h > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --check-prefix=NONE --input-file %t/err --match-full-lines
// NONE: hstack: error: unknown target 'nosuch:arch' (known: none; {{.*}})
//
// With a user sysroot, the message lists it as known.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --target nosuch:arch stdio.h \
// RUN:   > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=KNOWN --input-file %t/err2 --match-full-lines
// KNOWN: hstack: error: unknown target 'nosuch:arch' (known: glibc-2.36:x86_64)
//
// The same for `why`.
// RUN: %hstack why --sysroots-dir %t/none --target nosuch:arch --from stdio.h abs > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=NONE --input-file %t/err3 --match-full-lines

//--- root/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
