// implicit-include: ssize_t with only <stdio.h>. POSIX 2008 has stdio.h
// declare it; glibc and musl do, uClibc-ng does not.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: implicit-include
#include <stdio.h>

ssize_t n;
