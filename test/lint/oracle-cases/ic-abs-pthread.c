// identifier-collision, the blog's abs(): a macro before <pthread.h> expands
// inside stdlib.h on uClibc-ng only (pthread.h -> sched.h -> bits/sched.h
// -> stdlib.h).
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>

int distance(int a, int b) { return abs(a - b); }
