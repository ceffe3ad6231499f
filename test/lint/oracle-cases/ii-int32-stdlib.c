// implicit-include through the stack: int32_t with only <stdlib.h>. glibc's and
// uClibc-ng's stdlib.h reach it (sys/types.h, default mode), musl's does not.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: implicit-include
#include <stdlib.h>

int32_t counter;
