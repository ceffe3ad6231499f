// unavailable-api: <gnu/libc-version.h> is public glibc API (uClibc-ng
// ships it too), not an internal header; musl has no such header.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#include <gnu/libc-version.h>
const char *v(void) { return gnu_get_libc_version(); }
