// unavailable-api (a semantics rule): with _GNU_SOURCE glibc and uClibc-ng
// declare the GNU char *strerror_r; musl has only the XSI int one, so
// returning it as a string is an int-conversion error there.
// oracle-flags: -D_GNU_SOURCE
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#include <string.h>
const char *e(int n, char *b) { return strerror_r(n, b, 64); }
