/* Fake uClibc 0.9.33 <sys/cdefs.h> (see README).  */
#ifndef _SYS_CDEFS_H
#define _SYS_CDEFS_H 1

#ifndef _FEATURES_H
# include <features.h>
#endif

#ifdef __cplusplus
# define __BEGIN_DECLS extern "C" {
# define __END_DECLS }
# define __THROW throw ()
#else
# define __BEGIN_DECLS
# define __END_DECLS
# define __THROW __attribute__ ((__nothrow__))
#endif

#define __P(args) args
#define __nonnull(params) __attribute__ ((__nonnull__ params))
#define __attribute_malloc__ __attribute__ ((__malloc__))
#define __wur __attribute__ ((__warn_unused_result__))
#define __restrict restrict

#endif /* sys/cdefs.h */
