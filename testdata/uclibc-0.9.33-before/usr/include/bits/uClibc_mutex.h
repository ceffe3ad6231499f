/* Fake uClibc 0.9.33 <bits/uClibc_mutex.h> (see README): the internal
   locking macros.  With threads they are pthread mutexes, so this header
   includes <pthread.h>, and with it all of <sched.h>.  */
#ifndef _UCLIBC_MUTEX_H
#define _UCLIBC_MUTEX_H

#include <features.h>

#ifdef __UCLIBC_HAS_THREADS__

#include <pthread.h>

# define __UCLIBC_MUTEX_TYPE pthread_mutex_t
# define __UCLIBC_IO_MUTEX(M) pthread_mutex_t M
# define __UCLIBC_MUTEX_LOCK(M) pthread_mutex_lock (&(M))
# define __UCLIBC_MUTEX_UNLOCK(M) pthread_mutex_unlock (&(M))

#else

# define __UCLIBC_MUTEX_TYPE void *
# define __UCLIBC_IO_MUTEX(M) void *M
# define __UCLIBC_MUTEX_LOCK(M) ((void) 0)
# define __UCLIBC_MUTEX_UNLOCK(M) ((void) 0)

#endif /* __UCLIBC_HAS_THREADS__ */

#endif /* _UCLIBC_MUTEX_H */
