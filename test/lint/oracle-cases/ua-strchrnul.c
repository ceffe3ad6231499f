// unavailable-api, breaking: strchrnul without _GNU_SOURCE is declared by
// no libc here (glibc, musl and uClibc-ng all keep it under _GNU_SOURCE).
#include <string.h>

char *end(const char *s) { return strchrnul(s, '/'); }
