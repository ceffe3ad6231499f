// missing-library: <argp.h> is glibc's; musl and uClibc-ng need
// argp-standalone.
// oracle-breaks: musl:x86_64 musl:arm64 uclibc-ng:x86_64 uclibc-ng:mipsel
// oracle-check: missing-library
#include <argp.h>

static struct argp parser = {0, 0, 0, "example"};
int parse(int argc, char **argv) { return argp_parse(&parser, argc, argv, 0, 0, 0); }
