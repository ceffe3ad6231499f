/* Fake uClibc 0.9.33 <bits/pthreadtypes.h> (see README).  */
#ifndef _BITS_PTHREADTYPES_H
#define _BITS_PTHREADTYPES_H 1

typedef unsigned long int pthread_t;

typedef union {
  char __size[56];
  long int __align;
} pthread_attr_t;

typedef union {
  struct {
    int __lock;
    unsigned int __count;
    int __owner;
    int __kind;
  } __data;
  long int __align;
} pthread_mutex_t;

#endif /* bits/pthreadtypes.h */
