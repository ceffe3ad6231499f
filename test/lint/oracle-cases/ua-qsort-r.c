// unavailable-api: qsort_r without _GNU_SOURCE. musl 1.2.3 declares it in its
// default mode (_BSD_SOURCE); glibc and uClibc-ng only with _GNU_SOURCE.
// oracle-breaks: glibc:x86_64 glibc:armhf uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <stdlib.h>

static int cmp(const void *a, const void *b, void *ctx) { (void)ctx; return *(const int *)a - *(const int *)b; }
void sort(int *v, size_t n) { qsort_r(v, n, sizeof *v, cmp, 0); }
