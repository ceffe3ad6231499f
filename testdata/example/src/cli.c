/* argp is part of glibc; musl and uClibc-ng need the argp-standalone
 * package (and -largp) for <argp.h> and argp_parse(). */
#include <argp.h>

static struct argp parser = {0, 0, 0, "example"};

int parse(int argc, char **argv) {
  return argp_parse(&parser, argc, argv, 0, 0, 0);
}
