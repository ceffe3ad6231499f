// implicit-include through the stack: sigset_t with only <pthread.h>. musl's
// and uClibc-ng's pthread.h reach signal.h's types; glibc's does not.
// oracle-breaks: glibc:x86_64 glibc:armhf
// oracle-check: implicit-include
#include <pthread.h>
sigset_t s;
