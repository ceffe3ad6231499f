// missing-library: <obstack.h> is glibc's; musl and uClibc-ng need
// musl-obstack.
// oracle-breaks: musl:x86_64 musl:arm64 uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: missing-library
#include <obstack.h>
