// identifier-collision on every target: `typedef int ushort;` against the
// BSD `ushort` of <sys/types.h>; clang's message names only the two types.
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#include <sys/types.h>
typedef int ushort;
ushort x;
