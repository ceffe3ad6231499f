// unavailable-api: struct statx and statx() (psmisc's statx.c): glibc 2.28+
// with _GNU_SOURCE; musl 1.2.3 and uClibc-ng 1.0.35 have neither, so the
// struct is incomplete there and the call undeclared.
// oracle-flags: -D_GNU_SOURCE
// oracle-breaks: musl:x86_64 uclibc-ng:x86_64 musl:arm64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <fcntl.h>
#include <sys/stat.h>
int f(const char *p) { struct statx st; return statx(AT_FDCWD, p, 0, STATX_INO, &st); }
