// implicit-include: major() with <sys/types.h> only. glibc 2.28+ and musl
// 1.2.3 no longer include <sys/sysmacros.h> from <sys/types.h>; uClibc-ng
// 1.0.35 still does.
// oracle-breaks: glibc:x86_64 musl:x86_64 glibc:armhf musl:arm64
// oracle-check: implicit-include
#include <sys/types.h>
#include <sys/stat.h>
unsigned maj(struct stat *st) { return major(st->st_rdev); }
