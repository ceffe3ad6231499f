// unavailable-api: <error.h> / error() are GNU; musl has neither and no
// package supplies them (rules/libraries.yaml: provider none).
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#include <error.h>
#include <errno.h>

void fail(const char *what) { error(1, errno, "%s", what); }
