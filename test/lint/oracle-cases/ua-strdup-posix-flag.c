// unavailable-api: strdup in strict POSIX 2008 mode, the macro given on the
// command line. POSIX 2008 moved strdup into the base; glibc and musl
// declare it under _POSIX_C_SOURCE >= 200809L, uClibc-ng 1.0.35 only under
// its older XSI/SVID/BSD guards.
// oracle-flags: -D_POSIX_C_SOURCE=200809L
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <string.h>

char *dup(const char *s) { return strdup(s); }
