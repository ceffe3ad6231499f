// unavailable-api: struct sigaction is POSIX; strict -std=c11 hides it on
// every libc, and a tentative definition of it is "never completed" (an
// incomplete-type error naming the tag).
// oracle-flags: -std=c11
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <signal.h>
struct sigaction sa;
