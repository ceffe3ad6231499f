// implicit-include, breaking everywhere: in strict ISO C stdio.h does not
// declare va_list on any libc.
// oracle-flags: -std=c11
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: implicit-include
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
