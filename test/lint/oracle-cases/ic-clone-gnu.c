// identifier-collision on every target: `int clone;` after <sched.h> with
// _GNU_SOURCE (cdrtools' readcd.c).
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#define _GNU_SOURCE
#include <sched.h>

int clone;
