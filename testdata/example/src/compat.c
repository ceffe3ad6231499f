/* A package-local abs() macro defined before a libc header: on uClibc-ng
 * pthread.h reaches stdlib.h (pthread.h -> sched.h -> bits/sched.h ->
 * stdlib.h) and the macro mangles the prototype of abs(). */
#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>

int distance(int a, int b) { return abs(a - b); }
