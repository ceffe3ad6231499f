/* Fake uClibc 0.9.33 <stdio.h> (see README).  The bad chain starts here:
   <bits/uClibc_stdio.h> brings in the threading headers.  */
#ifndef _STDIO_H
#define _STDIO_H 1

#include <features.h>

__BEGIN_DECLS

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#include <bits/types.h>

/* uClibc's FILE, its locking and its buffering policy.  */
#include <bits/uClibc_stdio.h>

typedef struct __STDIO_FILE_STRUCT FILE;

#define EOF (-1)
#define BUFSIZ __STDIO_BUFSIZ

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;

extern FILE *fopen (const char *__restrict __filename,
		    const char *__restrict __modes) __wur;
extern int fclose (FILE *__stream);
extern int printf (const char *__restrict __format, ...);
extern int fprintf (FILE *__restrict __stream,
		    const char *__restrict __format, ...);
extern int puts (const char *__s);

__END_DECLS

#endif /* stdio.h */
