// not an implicit include: POSIX has <sys/select.h> define struct timeval,
// and every libc does. Clean everywhere.
// oracle-breaks: none
#include <sys/select.h>

struct timeval tv;
