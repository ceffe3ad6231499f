// unavailable-api: struct stat's st_mtim (nanosecond times) under
// -std=c99: glibc and uClibc-ng declare the member only with POSIX 2008,
// musl always ("no member named 'st_mtim' in 'struct stat'").
// oracle-flags: -std=c99
// oracle-breaks: glibc:x86_64 uclibc-ng:x86_64 glibc:armhf uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <sys/stat.h>
long f(struct stat *st) { return st->st_mtim.tv_nsec; }
