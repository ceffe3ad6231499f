// clean in strict C11: only ISO C headers and names.
// oracle-flags: -std=c11
// oracle-breaks: none
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>
int main(void) { size_t n = strlen("abc"); uint8_t b = (uint8_t)n; printf("%d\n", b); return EXIT_SUCCESS; }
