/* An implementation header included directly: glibc's bits/types.h is not
 * an interface, and musl has no such file at all. */
#include <bits/types.h>

__uint32_t checksum;
