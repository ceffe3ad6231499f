// unavailable-api: glibc and uClibc-ng ship <sys/io.h> (ioperm, inb/outb)
// only for arches with port I/O (x86 here): glibc:armhf and uClibc-ng
// mipsel lack the header. musl ships it everywhere and declares ioperm.
// oracle-breaks: glibc:armhf uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <sys/io.h>
int f(void) { return ioperm(0x378, 3, 1); }
