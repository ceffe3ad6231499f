// implicit-include, breaking everywhere: O_RDONLY with only <stdio.h>;
// <fcntl.h> declares it on every target (in bits/fcntl*.h).
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: implicit-include
#include <stdio.h>

int flags = O_RDONLY;
