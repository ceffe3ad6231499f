// internal-header: glibc's and uClibc-ng's bits/types.h included directly;
// musl has no such file.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: internal-header
#include <bits/types.h>

__uint32_t checksum;
