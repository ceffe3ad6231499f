/* Fake uClibc 0.9.33 <sched.h> (see README).  */
#ifndef _SCHED_H
#define _SCHED_H 1

#include <features.h>

#include <bits/types.h>

#define __need_size_t
#include <stddef.h>

/* The scheduling constants, struct sched_param, clone() and cpu_set_t.  */
#include <bits/sched.h>

#define sched_priority __sched_priority

__BEGIN_DECLS

extern int sched_setparam (__pid_t __pid, const struct sched_param *__param)
     __THROW;
extern int sched_getparam (__pid_t __pid, struct sched_param *__param) __THROW;
extern int sched_yield (void) __THROW;

#ifdef __USE_GNU
# define CPU_SETSIZE __CPU_SETSIZE
# define CPU_ZERO(cpusetp) __CPU_ZERO_S (sizeof (cpu_set_t), cpusetp)
extern int sched_setaffinity (__pid_t __pid, size_t __cpusetsize,
			      const cpu_set_t *__cpuset) __THROW;
#endif

__END_DECLS

#endif /* sched.h */
