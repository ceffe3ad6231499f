/* Fake uClibc 0.9.33 <features.h> for hstack's tests (see README).
   Turns the user's feature-test macros into the __USE_* macros the other
   headers test, and says which libc this is.  */
#ifndef _FEATURES_H
#define _FEATURES_H 1

/* The build configuration, with the __UCLIBC_MAJOR__ etc. version macros.  */
#include <bits/uClibc_config.h>

/* This is uClibc, and it claims glibc 2.2 for old configure scripts.  */
#define __UCLIBC__ 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 2

#undef __USE_POSIX
#undef __USE_MISC
#undef __USE_GNU

/* _GNU_SOURCE turns on everything.  */
#ifdef _GNU_SOURCE
# undef _BSD_SOURCE
# define _BSD_SOURCE 1
# undef _SVID_SOURCE
# define _SVID_SOURCE 1
#endif

/* With no feature-test macro at all, the BSD and SVID interfaces are on.  */
#if !defined _ISOC99_SOURCE && !defined _POSIX_SOURCE \
    && !defined _POSIX_C_SOURCE && !defined _BSD_SOURCE \
    && !defined _SVID_SOURCE && !defined _GNU_SOURCE
# define _BSD_SOURCE 1
# define _SVID_SOURCE 1
#endif

#define __USE_POSIX 1

#if defined _BSD_SOURCE || defined _SVID_SOURCE
# define __USE_MISC 1
#endif

#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif

#ifndef __ASSEMBLER__
# include <sys/cdefs.h>
#endif

#endif /* features.h */
