// internal-header: sys/cdefs.h (glibc/uClibc-ng internal) does not exist on
// musl.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: internal-header
#include <sys/cdefs.h>
__BEGIN_DECLS
int f(void);
__END_DECLS
