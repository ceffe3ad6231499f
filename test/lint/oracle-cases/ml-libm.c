// missing-library, non-breaking: sin() compiles everywhere; on glibc it
// needs -lm at link time (a warning).
// oracle-breaks: none
#include <math.h>

double wave(double x) { return sin(x); }
