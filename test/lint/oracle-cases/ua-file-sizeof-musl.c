// unavailable-api: sizeof(FILE) and a FILE object need the complete
// type, which musl never gives (struct _IO_FILE is only declared); glibc
// and uClibc-ng define it.
// oracle-breaks: musl:x86_64 musl:arm64
// oracle-check: unavailable-api
#include <stdio.h>
#include <string.h>
static FILE saved;
void snap(FILE *fp) { memcpy(&saved, fp, sizeof(FILE)); }
