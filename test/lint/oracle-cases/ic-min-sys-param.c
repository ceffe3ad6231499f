// identifier-collision, non-breaking: a MIN macro before <sys/param.h>,
// which defines MIN too: a redefinition warning, not an error.
// oracle-breaks: none
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#include <sys/param.h>
int smaller(int a, int b) { return MIN(a, b); }
