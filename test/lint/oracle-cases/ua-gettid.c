// unavailable-api: gettid() with _GNU_SOURCE: glibc 2.30+ and musl declare
// it, uClibc-ng 1.0.35 does not.
// oracle-flags: -D_GNU_SOURCE
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <unistd.h>
int tid(void) { return (int)gettid(); }
