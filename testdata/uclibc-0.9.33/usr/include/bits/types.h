/* Fake uClibc 0.9.33 <bits/types.h> (see README): the __-prefixed types
   the public headers build on.  */
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H 1

#include <features.h>

#define __need_size_t
#include <stddef.h>

typedef int __pid_t;
typedef long int __off_t;
typedef long int __time_t;
typedef unsigned long int __sigset_word;

#endif /* bits/types.h */
