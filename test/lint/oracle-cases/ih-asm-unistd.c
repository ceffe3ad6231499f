// internal-header, non-breaking: asm/unistd.h (the kernel's, wrapped by
// sys/syscall.h) exists on every target.
// oracle-breaks: none
#include <asm/unistd.h>
int nr = __NR_getpid;
