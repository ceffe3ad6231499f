// unavailable-api: asprintf() without _GNU_SOURCE: glibc and uClibc-ng
// declare it only with _GNU_SOURCE, musl also in its default
// (_BSD_SOURCE) mode.
// oracle-breaks: glibc:x86_64 uclibc-ng:x86_64 glibc:armhf uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <stdio.h>
char *f(int x) { char *s; if (asprintf(&s, "%d", x) < 0) return 0; return s; }
