// unavailable-api: `#if __GLIBC_PREREQ(2, 17)` in the package's code;
// uClibc-ng defines the macro too (it claims glibc 2.2), musl does not:
// "function-like macro '__GLIBC_PREREQ' is not defined" in the #if.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#include <stdio.h>
#if __GLIBC_PREREQ(2, 17)
int new_api(void);
#endif
int x;
