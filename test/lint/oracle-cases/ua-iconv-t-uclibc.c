// unavailable-api (semantics): iconv_t is void * on glibc and musl, long
// on uClibc-ng (its libiconv's <iconv.h>): a handle set to NULL fails
// there, and only there; (iconv_t)-1 is fine everywhere.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <stddef.h>
#include <iconv.h>
struct handler { iconv_t in; };
void handler_init(struct handler *h) { h->in = NULL; }
int handler_ok(const struct handler *h) { return h->in != (iconv_t)-1; }
