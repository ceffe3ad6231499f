// missing-library: <execinfo.h>/backtrace() are glibc's; musl and uClibc-ng
// need libexecinfo.
// oracle-breaks: musl:x86_64 musl:arm64 uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: missing-library
#include <execinfo.h>

int trace(void **buf) { return backtrace(buf, 16); }
