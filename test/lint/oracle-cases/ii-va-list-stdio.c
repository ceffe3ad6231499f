// implicit-include, breaking: va_list with only <stdio.h>. glibc and musl
// declare it in stdio.h (default mode, POSIX 2008); uClibc-ng never does.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: implicit-include
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
