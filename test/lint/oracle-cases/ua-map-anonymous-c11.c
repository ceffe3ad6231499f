// unavailable-api: MAP_ANONYMOUS in strict C11: glibc and uClibc-ng define
// it only with _DEFAULT_SOURCE/_GNU_SOURCE, musl always.
// oracle-flags: -std=c11
// oracle-breaks: glibc:x86_64 uclibc-ng:x86_64 glibc:armhf uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <sys/mman.h>
void *m(void) { return mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); }
