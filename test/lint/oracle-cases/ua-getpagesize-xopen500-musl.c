// unavailable-api: getpagesize() with _XOPEN_SOURCE 500 defined in the
// file: glibc and uClibc-ng declare it unless POSIX 2001 is asked for
// (`__USE_MISC || !__USE_XOPEN2K`), musl only with _GNU_SOURCE/_BSD_SOURCE.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#define _XOPEN_SOURCE 500
#include <unistd.h>
int f(void) { return getpagesize(); }
