// identifier-collision on every target: `int index;` after <string.h>,
// which declares index() through strings.h in the default mode.
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#include <string.h>
int index;
