// unavailable-api: glibc's stdio internals through FILE (gnulib's
// freadahead does this): musl declares struct _IO_FILE in <stdio.h> and
// defines it in no header (FILE is opaque there), uClibc-ng's FILE is
// another struct without these members.
// oracle-breaks: musl:x86_64 musl:arm64 uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: unavailable-api
#include <stdio.h>
long pending(FILE *fp) { return fp->_IO_read_end - fp->_IO_read_ptr; }
