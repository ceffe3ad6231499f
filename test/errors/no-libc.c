// A sysroot that holds no recognisable libc: an empty one, one whose
// features.h defines neither __GLIBC__ nor __UCLIBC__, and one with
// __UCLIBC__ but no version macros. Exit 2, nothing on stdout, one
// `hstack: error:` line naming the sysroot and saying no libc was found.
//
// RUN: rm -rf %t && split-file %s %t && mkdir -p %t/empty
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/empty --triple x86_64-linux-gnu stdio.h \
// RUN:   > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err --match-full-lines -DT=%t/empty
// CHECK: hstack: error: [[T]]: no libc headers found for x86_64-linux-gnu {{.*}}
//
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/nomacros --triple x86_64-linux-gnu stdio.h \
// RUN:   > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --input-file %t/err2 --match-full-lines -DT=%t/nomacros
//
// RUN: %hstack why --sysroots-dir %t/none --sysroot %t/uclibc-noversion --triple x86_64-linux-gnu --from stdio.h abs \
// RUN:   > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 0 < %t/out3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --input-file %t/err3 --match-full-lines -DT=%t/uclibc-noversion
//
// `targets` says the same.
// RUN: %hstack targets --sysroots-dir %t/none --sysroot %t/empty --triple x86_64-linux-gnu \
// RUN:   > %t/out4 2> %t/err4; echo "exit=$?" > %t/rc4
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc4
// RUN: count 1 < %t/err4
// RUN: FileCheck %s --input-file %t/err4 --match-full-lines -DT=%t/empty

//--- nomacros/usr/include/features.h
/* Not a libc: no identifying macros.  */
#define _FEATURES_H 1
//--- nomacros/usr/include/stdio.h
/* stdio.h */
//--- uclibc-noversion/usr/include/features.h
#define __UCLIBC__ 1
