// unavailable-api, non-breaking: secure_getenv with _GNU_SOURCE is declared by
// glibc 2.36, musl 1.2.3 and uClibc-ng 1.0.35.
// oracle-flags: -D_GNU_SOURCE
// oracle-breaks: none
#include <stdlib.h>

char *home(void) { return secure_getenv("HOME"); }
