// unavailable-api: <mcheck.h> (mtrace) is glibc's; musl and uClibc-ng do
// not ship it.
// oracle-breaks: musl:x86_64 uclibc-ng:x86_64 musl:arm64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <mcheck.h>
void f(void) { mtrace(); }
