// implicit-include, breaking everywhere: SIGINT with only <stdlib.h>;
// <signal.h> declares it on every target (in bits/signum*.h).
// oracle-breaks: glibc:x86_64 musl:x86_64 uclibc-ng:x86_64 glibc:armhf musl:arm64 uclibc-ng:mipsel
// oracle-check: implicit-include
#include <stdlib.h>

int sig = SIGINT;
