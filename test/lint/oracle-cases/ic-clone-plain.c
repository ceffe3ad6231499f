// identifier-collision, non-breaking variant: without _GNU_SOURCE no libc
// declares clone().
// oracle-breaks: none
#include <sched.h>

int clone;
