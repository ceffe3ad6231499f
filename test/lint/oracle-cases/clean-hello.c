// clean: nothing to report anywhere.
// oracle-breaks: none
#include <stdio.h>
int main(void) { printf("hello\n"); return 0; }
