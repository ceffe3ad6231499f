// unavailable-api, the fixed variant: with _GNU_SOURCE every libc here
// declares strchrnul.
// oracle-flags: -D_GNU_SOURCE
// oracle-breaks: none
#include <string.h>

char *end(const char *s) { return strchrnul(s, '/'); }
