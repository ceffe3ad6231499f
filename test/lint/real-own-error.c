// REQUIRES: sysroot-glibc-x86_64, sysroot-musl-x86_64, sysroot-uclibc-ng-x86_64
//
// gnulib's fseterr.c as a package configured on glibc builds it (gzip,
// tar, sed, ... carry it): the branches before the file's own #error test
// glibc's _IO_EOF_SEEN (bits/types/struct_FILE.h) and uClibc's
// __UCLIBC__; musl 1.2.3 defines neither and reaches "Please port gnulib
// fseterr.c to your platform!". Before, that was a compile-error "no
// check explains" (gzip 1.12's lib/fseeko.c and lib/fseterr.c on musl).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --target glibc:x86_64 --target musl:x86_64 --target uclibc-ng:x86_64 \
// RUN:   --no-host-deps fseterr.c -- | FileCheck %s --match-full-lines
// CHECK:      fseterr.c:11:3: error: the file reaches its own #error on musl:x86_64: the branches before it test libc macros that decide differently there (_IO_EOF_SEEN) [hstack-unavailable-api]
// CHECK-NEXT: fseterr.c:11:3: note: affects musl:x86_64; fine on glibc:x86_64, uclibc-ng:x86_64
// CHECK-NEXT: fseterr.c:11:3: note: musl:x86_64: breaks: #error "Please port gnulib fseterr.c to your platform!" (musl 1.2.3 defines none of _IO_EOF_SEEN, __GNU_LIBRARY__, __UCLIBC__)
// CHECK-NEXT: fseterr.c:11:3: note: glibc:x86_64: takes `#if defined _IO_EOF_SEEN || defined _IO_ftrylockfile || __GNU_LIBRARY__ == 1` (line 4): _IO_EOF_SEEN from <bits/types/struct_FILE.h>, __GNU_LIBRARY__ from <features.h>
// CHECK-NEXT: fseterr.c:11:3: note: uclibc-ng:x86_64: takes `#elif defined __UCLIBC__` (line 8): __GNU_LIBRARY__ from <features.h>, __UCLIBC__ from <features.h>
// CHECK-NEXT: hstack: 1 file, 3 targets (glibc:x86_64, musl:x86_64, uclibc-ng:x86_64); 1 finding (unavailable-api 1); {{.*}}

//--- fseterr.c
#include <stdio.h>
void fseterr(FILE *fp)
{
#if defined _IO_EOF_SEEN || defined _IO_ftrylockfile || __GNU_LIBRARY__ == 1
  fp->_flags |= _IO_ERR_SEEN;
#elif defined __sferror || defined __DragonFly__ || defined __ANDROID__
  fp->_flags |= __SERR;
#elif defined __UCLIBC__
  fp->__modeflags |= __FLAG_ERROR;
#else
 #error "Please port gnulib fseterr.c to your platform!"
#endif
}
