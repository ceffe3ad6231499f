/* Fake uClibc 0.9.33 <bits/uClibc_stdio.h> (see README): the FILE
   structure and its lock.  The lock type comes from <bits/uClibc_mutex.h>,
   which pulls in <pthread.h> when uClibc is built with threads.  */
#ifndef _UCLIBC_STDIO_H
#define _UCLIBC_STDIO_H 1

#ifndef _STDIO_H
# error Always include <stdio.h> rather than <bits/uClibc_stdio.h>
#endif

#define __STDIO_BUFSIZ 4096

#ifdef __UCLIBC_HAS_THREADS__
# include <bits/uClibc_mutex.h>
# define __STDIO_AUTO_THREADLOCK_VAR int __infunc_user_locking
#endif

struct __STDIO_FILE_STRUCT {
  unsigned short __modeflags;
  int __filedes;
  unsigned char *__bufstart;
  unsigned char *__bufend;
  unsigned char *__bufpos;
#ifdef __UCLIBC_HAS_THREADS__
  int __user_locking;
  __UCLIBC_IO_MUTEX (__lock);
#endif
};

#endif /* _UCLIBC_STDIO_H */
