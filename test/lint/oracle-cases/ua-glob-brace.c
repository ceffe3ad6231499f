// unavailable-api: GLOB_BRACE is a GNU extension glibc defines in its
// default mode; musl and uClibc-ng 1.0.35 have none.
// oracle-breaks: musl:x86_64 uclibc-ng:x86_64 musl:arm64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <glob.h>
int f(glob_t *g) { return glob("{a,b}", GLOB_BRACE, 0, g); }
