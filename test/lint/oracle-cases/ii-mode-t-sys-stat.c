// not an implicit include: <sys/stat.h> defines mode_t (POSIX) everywhere.
// oracle-breaks: none
#include <sys/stat.h>
mode_t m;
