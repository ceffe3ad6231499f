// unavailable-api: glibc's and uClibc-ng's <sys/cdefs.h> macro
// __attribute_noinline__ is a bare identifier on musl (no sys/cdefs.h),
// and the error there ("expected function body after function
// declarator") names no name.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#include <stdlib.h>
void die(void) __attribute_noinline__;
