/* Fake uClibc 0.9.33 <pthread.h> (see README).  */
#ifndef _PTHREAD_H
#define _PTHREAD_H 1

#include <features.h>
#include <sched.h>
#include <bits/pthreadtypes.h>

#define PTHREAD_MUTEX_INITIALIZER { { 0, 0, 0, 0 } }

__BEGIN_DECLS

extern int pthread_create (pthread_t *__restrict __newthread,
			   const pthread_attr_t *__restrict __attr,
			   void *(*__start_routine) (void *),
			   void *__restrict __arg) __THROW __nonnull ((1, 3));
extern pthread_t pthread_self (void) __THROW;
extern int pthread_mutex_lock (pthread_mutex_t *__mutex) __THROW;
extern int pthread_mutex_unlock (pthread_mutex_t *__mutex) __THROW;

#ifdef __USE_GNU
extern int pthread_setaffinity_np (pthread_t __th, size_t __cpusetsize,
				   const cpu_set_t *__cpuset) __THROW;
#endif

__END_DECLS

#endif /* pthread.h */
