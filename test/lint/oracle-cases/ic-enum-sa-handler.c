// identifier-collision on every target: an enumerator named sa_handler,
// which every libc's <signal.h> defines as an object-like macro; the
// enumerator is rewritten and never declared, the error names nothing.
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#include <signal.h>
enum { SIGX = 1, sa_handler = 2 };
int x = sa_handler;
