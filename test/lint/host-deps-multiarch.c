// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64
//
// (Not named real-*.c: the oracle runs those without the host's headers.)
//
// The host's dependency headers include Debian's multiarch dir,
// /usr/include/x86_64-linux-gnu, where libffi's ffi.h, OpenSSL's
// opensslconf.h and gmp.h live. dpkg lists that directory among libc6-dev's
// files; hiding it with the host libc's files dropped it from the search
// path, and every package using such a header got a false environment
// error on every target (socat: 63 of them, "openssl/opensslconf.h file
// not found"). Only the libc's files are hidden: glibc's own multiarch
// <fpu_control.h> stays invisible to musl. libffi-dev comes with llvm-19-dev.
//
// RUN: test -f /usr/include/x86_64-linux-gnu/ffi.h
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 ffi-use.c -- \
// RUN:   | FileCheck %s --check-prefix=FFI --match-full-lines
// FFI: hstack: 1 file, 2 targets (glibc:x86_64, musl:x86_64); 0 findings; 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// The compiler agrees, given the same dirs after the target's.
// RUN: %clang --target=x86_64-linux-gnu --sysroot=%sr{glibc:x86_64} -idirafter /usr/include/x86_64-linux-gnu \
// RUN:   -idirafter /usr/include -fsyntax-only ffi-use.c
// RUN: %clang --target=x86_64-linux-musl --sysroot=%sr{musl:x86_64} -idirafter /usr/include/x86_64-linux-gnu \
// RUN:   -idirafter /usr/include -fsyntax-only ffi-use.c
//
// Without the host's headers it is an environment problem, as before.
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --no-host-deps ffi-use.c -- \
// RUN:   | FileCheck %s --check-prefix=NODEPS
// NODEPS: ffi-use.c:1:1: error: <ffi.h> is in no target's libc and was not found among the dependency headers; {{.*}} (on every target) [hstack-environment]
//
// The host glibc's multiarch files stay hidden: <fpu_control.h> is
// glibc's (in /usr/include/x86_64-linux-gnu), and musl has none.
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 fpu.c -- \
// RUN:   | FileCheck %s --check-prefix=FPU
// FPU:     fpu.c:1:1: error: <fpu_control.h> does not exist on musl:x86_64 [hstack-unavailable-api]
// FPU-NOT: [hstack-environment]
// FPU:     hstack: 1 file, 2 targets (glibc:x86_64, musl:x86_64); 1 finding (unavailable-api 1); 0 environment problems;{{.*}}
// (A plain -idirafter would let clang find the host's copy: hstack hides
// it, as a musl build environment would not have it.)
// RUN: not %clang --target=x86_64-linux-musl --sysroot=%sr{musl:x86_64} -fsyntax-only fpu.c 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FPU-CLANG
// FPU-CLANG: fpu.c:1:10: fatal error: 'fpu_control.h' file not found

//--- ffi-use.c
#include <ffi.h>

ffi_cif cif;
int main(void) { return ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 0, &ffi_type_void, 0) != FFI_OK; }

//--- fpu.c
#include <fpu_control.h>
int x;
