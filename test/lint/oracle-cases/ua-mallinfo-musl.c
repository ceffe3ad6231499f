// unavailable-api: musl's <malloc.h> has no mallinfo().
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#include <malloc.h>
int used(void) { struct mallinfo mi = mallinfo(); return mi.uordblks; }
