// identifier-collision: a struct member named st_mtime in -std=c99. musl
// defines st_mtime as st_mtim.tv_sec in every mode; glibc and uClibc-ng
// only with POSIX 2008 (not in strict C99).
// oracle-flags: -std=c99
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: identifier-collision
#include <sys/stat.h>
struct entry { const char *name; long st_mtime; };
long f(struct entry *e) { return e->st_mtime; }
