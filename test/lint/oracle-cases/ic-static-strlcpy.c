// identifier-collision: a package's own static strlcpy() (the usual
// fallback) after <string.h>: musl and uClibc-ng declare strlcpy there,
// glibc 2.36 does not (2.38 does).
// oracle-breaks: musl:x86_64 uclibc-ng:x86_64 musl:arm64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#include <string.h>
static size_t strlcpy(char *d, const char *s, size_t n) { size_t l = strlen(s); if (n) { size_t c = l < n - 1 ? l : n - 1; memcpy(d, s, c); d[c] = 0; } return l; }
size_t g(char *d, const char *s) { return strlcpy(d, s, 8); }
