/* Fake uClibc 0.9.33.2 <bits/uClibc_config.h> (see README): the version and
   the few build options the other headers test.  */
#if !defined _FEATURES_H && !defined __need_uClibc_config_h
# error Never include <bits/uClibc_config.h> directly; use <features.h> instead
#endif

#define __UCLIBC_MAJOR__ 0
#define __UCLIBC_MINOR__ 9
#define __UCLIBC_SUBLEVEL__ 33
/* 0.9.33.2: the ".2" is the release's EXTRAVERSION, which has no macro.  */

#define __TARGET_x86_64__ 1
#define __UCLIBC_HAS_THREADS__ 1
#define __UCLIBC_HAS_THREADS_NATIVE__ 1
#define __UCLIBC_HAS_STDIO_FUTEXES__ 1
#undef __UCLIBC_HAS_WCHAR__
