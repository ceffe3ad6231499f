// identifier-collision, the blog's uClibc 0.9.33 stdio.h -> bits/sched.h
// chain is gone in uClibc-ng 1.0.35: `int clone;` after <stdio.h> is clean.
// oracle-breaks: none
#include <stdio.h>

int clone;
