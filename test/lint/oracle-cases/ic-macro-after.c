// identifier-collision, non-breaking: the abs() macro after <stdlib.h>
// shadows the function but compiles.
// oracle-breaks: none
#include <stdlib.h>
#define abs(a) ((a) < 0 ? -(a) : (a))
int distance(int a, int b) { return abs(a - b); }
