// missing-library: <fts.h>: glibc has it, Debian's musl-dev bundles
// musl-fts, uClibc-ng (UCLIBC_HAS_FTS unset) needs the musl-fts package.
// oracle-breaks: uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: missing-library
#include <sys/types.h>
#include <fts.h>
