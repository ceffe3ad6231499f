// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64, sysroot-uclibc-ng-arm
//
// libxml2 2.9.14's encoding.c sets a handler's iconv_t members to NULL.
// glibc and musl declare iconv_t as void *; uClibc-ng 1.0.35 (with
// UCLIBC_HAS_LIBICONV) installs its libiconv's <iconv.h>, where it is a
// long, and clang rejects the assignment ("incompatible pointer to
// integer conversion"). The error does not spell iconv_t; it quotes it.
// hstack said "fails to compile for a reason no check explains"; now
// unavailable-api's semantics note (rules/apis.yaml) breaks there, with
// the error, and no compile-error is left.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --target uclibc-ng:arm --no-host-deps encoding.c | FileCheck %s --match-full-lines
// CHECK:      encoding.c:5:5: error: 'iconv_t' behaves differently between libcs: glibc and musl declare iconv_t as a pointer (void *); uClibc-ng 1.0.35 {{.*}} [hstack-unavailable-api]
// CHECK-NEXT: encoding.c:5:5: note: affects uclibc-ng:x86_64, uclibc-ng:arm; fine on glibc:x86_64, musl:x86_64
// CHECK-NEXT: encoding.c:5:5: note: uclibc-ng:x86_64: breaks: fails here: incompatible pointer to integer conversion assigning to 'iconv_t' (aka 'long') from 'void *'; source: {{.*}} [encoding.c:2 -> iconv.h:14]
// CHECK-NEXT: encoding.c:5:5: note: uclibc-ng:arm: breaks: fails here: incompatible pointer to integer conversion assigning to 'iconv_t' (aka 'long') from 'void *'; source: {{.*}} [encoding.c:2 -> iconv.h:14]
// CHECK-NEXT: hstack: 1 file, 4 targets ({{.*}}); 1 finding (unavailable-api 1); {{.*}}
//
// Code that compiles with a long iconv_t is right there: no finding (the
// note is breaks-only).
// RUN: %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps ok.c | FileCheck %s --check-prefix=OK
// OK: hstack: 1 file, 3 targets ({{.*}}); 0 findings;
//
// The compiler agrees: uClibc-ng only.
// RUN: %clang --target=x86_64-linux-gnu --sysroot=%sr{glibc:x86_64} -fsyntax-only encoding.c
// RUN: %clang --target=x86_64-linux-musl --sysroot=%sr{musl:x86_64} -fsyntax-only encoding.c
// RUN: not %clang --target=x86_64-linux-gnu --sysroot=%sr{uclibc-ng:x86_64} -fsyntax-only encoding.c 2>&1 | FileCheck %s --check-prefix=CLANG
// CLANG: encoding.c:10:17: error: incompatible pointer to integer conversion assigning to 'iconv_t' (aka 'long') from 'void *'

//--- encoding.c
#include <stddef.h>
#include <iconv.h>

struct handler {
    iconv_t iconv_in;
    iconv_t iconv_out;
};

void handler_init(struct handler *h) {
    h->iconv_in = NULL;
    h->iconv_out = NULL;
}
//--- ok.c
#include <iconv.h>

iconv_t open_latin1(void) {
    iconv_t cd = iconv_open("UTF-8", "ISO-8859-1");
    return cd == (iconv_t)-1 ? (iconv_t)-1 : cd;
}
