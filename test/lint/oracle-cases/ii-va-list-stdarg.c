// implicit-include, the fix: <stdarg.h> included, clean in strict mode too.
// oracle-flags: -std=c11
// oracle-breaks: none
#include <stdio.h>
#include <stdarg.h>

void log_message(const char *fmt, va_list ap);
