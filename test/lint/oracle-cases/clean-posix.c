// clean: common POSIX calls in the default mode.
// oracle-breaks: none
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
static void *run(void *arg) { return arg; }
int main(void) {
  pthread_t t;
  char *s = malloc(2);
  uint32_t n = (uint32_t)getpid();
  pthread_create(&t, 0, run, s);
  pthread_join(t, 0);
  free(s);
  return (int)(n & 0);
}
