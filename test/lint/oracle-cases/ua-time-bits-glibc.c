// unavailable-api: -D_TIME_BITS=64 without -D_FILE_OFFSET_BITS=64 is
// refused by glibc 2.34+ (#error in features-time64.h) on every arch; musl
// and uClibc-ng ignore the macro.
// oracle-flags: -D_TIME_BITS=64
// oracle-breaks: glibc:x86_64 glibc:armhf
// oracle-check: unavailable-api
#include <time.h>
time_t t;
