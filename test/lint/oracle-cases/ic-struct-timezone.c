// identifier-collision on every target: the package's own struct timezone
// after <sys/time.h>. Clang recovers from "redefinition of 'timezone'" by
// making the struct anonymous, so only the error says the file declares
// the name.
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#include <sys/time.h>
struct timezone { int x; };
