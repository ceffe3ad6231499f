/* va_list used in a prototype, but only <stdio.h> is included: glibc's and
 * musl's stdio.h typedef va_list in default mode, uClibc-ng's never does. */
#include <stdio.h>

void log_message(const char *fmt, va_list ap);

void log_message(const char *fmt, va_list ap) { vfprintf(stderr, fmt, ap); }
