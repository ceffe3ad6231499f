// identifier-collision: `union wait` after <sys/wait.h>; uClibc-ng 1.0.35
// still defines the BSD union wait there, glibc 2.24+ and musl do not.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: identifier-collision
#include <sys/wait.h>
union wait { int w_status; };
