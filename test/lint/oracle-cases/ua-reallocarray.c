// unavailable-api: reallocarray in the default mode. glibc (2.26+) and musl
// (1.2.2+) declare it; uClibc-ng 1.0.35 does not.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <stdlib.h>

void *grow(void *p, size_t n) { return reallocarray(p, n, 16); }
