/* cdrtools' readcd.c defined a variable named clone; with _GNU_SOURCE,
 * <sched.h> declares clone() and the two collide. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sched.h>

typedef int BOOL;
BOOL clone;

int main(void) { return clone ? 0 : 1; }
