// unavailable-api: gnulib's fseterr.c as a host-configured package builds
// it: the branches test glibc's _IO_EOF_SEEN (bits/types/struct_FILE.h),
// BSD's __sferror and uClibc's __UCLIBC__; musl defines none and reaches
// the file's own #error.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
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
