// unavailable-api, non-breaking: qsort_r with _GNU_SOURCE compiles everywhere
// (its semantics note in rules/apis.yaml is a warning).
// oracle-flags: -D_GNU_SOURCE
// oracle-breaks: none
#include <stdlib.h>

static int cmp(const void *a, const void *b, void *ctx) { (void)ctx; return *(const int *)a - *(const int *)b; }
void sort(int *v, size_t n) { qsort_r(v, n, sizeof *v, cmp, 0); }
