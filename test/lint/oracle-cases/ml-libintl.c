// missing-library: <libintl.h>: glibc and musl have gettext, uClibc-ng
// needs GNU gettext's libintl.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: missing-library
#include <libintl.h>
const char *hello(void) { return gettext("hello"); }
