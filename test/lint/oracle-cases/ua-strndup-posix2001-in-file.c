// unavailable-api: strndup() is POSIX 2008; a file that asks for POSIX 2001
// itself loses it on glibc and uClibc-ng; musl 1.2.3 declares it in any
// POSIX mode, whatever the version.
// oracle-breaks: glibc:x86_64 uclibc-ng:x86_64 glibc:armhf uclibc-ng:mipsel
// oracle-check: unavailable-api
#define _POSIX_C_SOURCE 200112L
#include <string.h>
char *d(const char *s) { return strndup(s, 4); }
