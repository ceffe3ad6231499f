// internal-header, the fixed variant: the public <sys/syscall.h>.
// oracle-breaks: none
#include <sys/syscall.h>
int nr = SYS_getpid;
