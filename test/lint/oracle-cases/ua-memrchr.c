// unavailable-api, non-breaking: memrchr with _GNU_SOURCE is everywhere.
// oracle-flags: -D_GNU_SOURCE
// oracle-breaks: none
#include <string.h>
void *last(const void *s, size_t n) { return memrchr(s, '/', n); }
