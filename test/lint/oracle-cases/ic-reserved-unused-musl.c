// identifier-collision: the BSD-style `#define __unused` before
// <sys/stat.h>: musl's struct stat has a member named __unused, which the
// macro rewrites ("expected member name", at the `[` after the expansion).
// A reserved name is reported only where it breaks a header.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: identifier-collision
#define __unused __attribute__((unused))
#include <sys/stat.h>
static int f(int x __unused) { return 0; }
int g(void) { return f(0); }
