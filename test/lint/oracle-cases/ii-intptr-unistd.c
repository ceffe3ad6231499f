// not an implicit include: <unistd.h> defines intptr_t (POSIX) everywhere.
// oracle-breaks: none
#include <unistd.h>
intptr_t p;
