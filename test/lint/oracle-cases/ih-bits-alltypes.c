// internal-header: musl's bits/alltypes.h included directly; glibc and
// uClibc-ng have no such file.
// oracle-breaks: glibc:x86_64 glibc:armhf uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: internal-header
#include <bits/alltypes.h>
