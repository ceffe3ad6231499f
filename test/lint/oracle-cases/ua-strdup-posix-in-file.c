// unavailable-api: the same strict POSIX 2008 mode, selected the usual way,
// by a #define at the top of the file. uClibc-ng fails exactly as with the
// command-line macro, and the failure must be explained the same way.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#define _POSIX_C_SOURCE 200809L
#include <string.h>

char *dup(const char *s) { return strdup(s); }
