// unavailable-api: struct user_regs_struct (psmisc's peekfd.c) is the x86
// layout of <sys/user.h>; glibc's ARM and uClibc-ng's MIPS headers have
// other structs, so the variable has an incomplete type there. musl arm64
// has its own user_regs_struct.
// oracle-breaks: glibc:armhf uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <sys/types.h> /* uClibc-ng x86_64's sys/user.h needs __uint16_t */
#include <sys/user.h>
unsigned long pc(void) { struct user_regs_struct regs = {0}; return sizeof regs; }
