// identifier-collision on every target: a package's own static getline()
// after <stdio.h>, which declares POSIX 2008 getline() in the default mode
// ("static declaration of 'getline' follows non-static declaration").
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#include <stdio.h>
static int getline(char *buf, int max) { return fgets(buf, max, stdin) ? 1 : 0; }
int main(void) { char b[80]; return getline(b, 80); }
