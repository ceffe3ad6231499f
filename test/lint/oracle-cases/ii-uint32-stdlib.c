// implicit-include: uint32_t with only <stdlib.h> is declared by no libc's
// stack (sys/types.h has u_int32_t, not uint32_t): broken everywhere.
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: implicit-include
#include <stdlib.h>

uint32_t counter;
