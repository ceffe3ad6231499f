// unavailable-api: <sys/random.h> and getrandom() exist on glibc and musl,
// not on uClibc-ng 1.0.35.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <sys/random.h>

int fill(void *buf) { return (int)getrandom(buf, 16, 0); }
