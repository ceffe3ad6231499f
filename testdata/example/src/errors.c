/* error() and <error.h> are GNU extensions; musl has neither. */
#include <error.h>
#include <errno.h>

void fail(const char *what) { error(1, errno, "%s", what); }
