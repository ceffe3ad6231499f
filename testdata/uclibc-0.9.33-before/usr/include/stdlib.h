/* Fake uClibc 0.9.33 <stdlib.h> (see README).  */
#ifndef _STDLIB_H
#define _STDLIB_H 1

#include <features.h>

#define __need_size_t
#define __need_wchar_t
#define __need_NULL
#include <stddef.h>

__BEGIN_DECLS

#define EXIT_FAILURE 1
#define EXIT_SUCCESS 0

extern int atoi (const char *__nptr) __THROW __nonnull ((1));
extern long int strtol (const char *__restrict __nptr,
			char **__restrict __endptr, int __base)
     __THROW __nonnull ((1));

extern void *malloc (size_t __size) __THROW __attribute_malloc__ __wur;
extern void *calloc (size_t __nmemb, size_t __size)
     __THROW __attribute_malloc__ __wur;
extern void *realloc (void *__ptr, size_t __size) __THROW __wur;
extern void free (void *__ptr) __THROW;

extern void abort (void) __THROW __attribute__ ((__noreturn__));
extern void exit (int __status) __THROW __attribute__ ((__noreturn__));
extern char *getenv (const char *__name) __THROW __nonnull ((1));

typedef int (*__compar_fn_t) (const void *, const void *);
extern void qsort (void *__base, size_t __nmemb, size_t __size,
		   __compar_fn_t __compar) __nonnull ((1, 4));

extern int abs (int __x) __THROW __attribute__ ((__const__));
extern long int labs (long int __x) __THROW __attribute__ ((__const__));

__END_DECLS

#endif /* stdlib.h */
