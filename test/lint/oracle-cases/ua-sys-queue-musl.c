// unavailable-api: <sys/queue.h> does not exist on musl.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#include <sys/queue.h>
struct item { int v; LIST_ENTRY(item) link; };
LIST_HEAD(head, item) h;
