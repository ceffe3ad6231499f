// The three forms of `diff` do not mix, and an option that the chosen form
// would ignore is an error, not a silent skip: --before-sysroot and
// --after-sysroot compare two trees on one triple, so --mode (the
// mode-diff form) or --target (the target-diff form) beside them gets one
// `hstack: error:` line, nothing on stdout, and exit 2.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{commit} = %hstack diff --sysroots-dir %t/sysroots --before-sysroot %testdata/uclibc-0.9.33-before --after-sysroot %testdata/uclibc-0.9.33 --triple x86_64-linux-gnu
//
// RUN: %{commit} --mode -std=c11 --mode -D_GNU_SOURCE stdio.h > %t/out1 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RC: exit=2
// RUN: count 0 < %t/out1
// RUN: count 1 < %t/err1
// RUN: FileCheck %s --check-prefix=MODE --input-file %t/err1 --match-full-lines
// MODE: hstack: error: {{.*}}--mode{{.*}}
//
// A --target beside the pair (a provisioned target in a fake sysroots dir;
// on its own it is a valid target).
// RUN: %hstack targets --sysroots-dir %t/sysroots | FileCheck %s --check-prefix=FAKE
// FAKE: fake:x86_64
// RUN: %{commit} --target fake:x86_64 stdio.h > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=TARGET --input-file %t/err2 --match-full-lines
// TARGET: hstack: error: {{.*}}--target{{.*}}

//--- sysroots/fake-x86_64/hstack-manifest.json
{
  "schema": 1,
  "libc": "glibc",
  "version": "2.36",
  "arch": "x86_64",
  "targets": [
    {"name": "fake:x86_64", "triple": "x86_64-linux-gnu", "abi": "lp64"}
  ]
}
//--- sysroots/fake-x86_64/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- sysroots/fake-x86_64/usr/include/stdio.h
extern int printf (const char *__format, ...);
