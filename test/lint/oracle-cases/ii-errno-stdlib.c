// implicit-include, breaking everywhere: EINVAL with only <stdlib.h>. No
// libc's stdlib.h reaches the errno constants; <errno.h> declares them on
// every target (through bits/errno.h and the kernel's asm-generic headers,
// so no public header's text mentions EINVAL).
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: implicit-include
#include <stdlib.h>

int invalid = EINVAL;
