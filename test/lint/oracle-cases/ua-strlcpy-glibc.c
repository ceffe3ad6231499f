// unavailable-api: strlcpy() is in musl and uClibc-ng, and in glibc only
// since 2.38; the provisioned glibc is 2.36.
// oracle-breaks: glibc:x86_64 glibc:armhf
// oracle-check: unavailable-api
#include <string.h>
void cp(char *d, const char *s, size_t n) { strlcpy(d, s, n); }
