// unavailable-api: a libc struct the code needs complete (an object of
// its type, sizeof, a member) that a target declares but never defines,
// so that its size and members are the libc's own: FILE on musl is
// `struct _IO_FILE`, declared in <stdio.h> and defined nowhere. Three fake
// libcs: glibc defines struct stream, musl only declares it, uClibc-ng
// defines it only with _GNU_SOURCE (and otherwise declares it). The
// finding names both kinds of break; the note on glibc shows the
// definition even though the code spelled only the typedef. A header that
// merely declares the tag does not count as providing it (before, musl's
// declaration made this a bare compile-error "no check explains").
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/peek.c src/keep.c src/tag.c -- > %t/out.txt
// RUN: FileCheck %s --input-file %t/out.txt --match-full-lines
// CHECK:      src/peek.c:3:35: error: 'struct stream' is declared but never defined (an opaque type) on musl-unknown:x86_64, and only with _GNU_SOURCE on uclibc-ng-1.0.45:x86_64 [hstack-unavailable-api]
// CHECK-NEXT: src/peek.c:3:35: note: affects musl-unknown:x86_64, uclibc-ng-1.0.45:x86_64; fine on glibc-2.36:x86_64
// CHECK-NEXT: src/peek.c:3:35: note: musl-unknown:x86_64: breaks: musl unknown declares 'struct stream' but no header defines it: an opaque type, without members or size for the program (incomplete definition of type 'STREAM' (aka 'struct stream'))
// CHECK-NEXT: src/peek.c:3:35: note: uclibc-ng-1.0.45:x86_64: breaks: 'struct stream' is defined in <stream.h> only with _GNU_SOURCE
// CHECK-NEXT: src/peek.c:3:35: note: glibc-2.36:x86_64: defined here [peek.c:1 -> stream.h:3 -> bits/stream.h:1]
// Pointers alone need no definition: keep.c is clean everywhere.
// CHECK-NOT:  src/keep.c
// Spelling the tag itself makes it resolve to the declarations: still broken.
// CHECK:      src/tag.c:3:21: error: 'struct stream' is declared but never defined (an opaque type) on musl-unknown:x86_64, and only with _GNU_SOURCE on uclibc-ng-1.0.45:x86_64 [hstack-unavailable-api]
// CHECK:      hstack: src/peek.c: unavailable-api 1
// CHECK-NEXT: hstack: src/tag.c: unavailable-api 1
// CHECK-NEXT: hstack: 3 files, 3 targets (glibc-2.36:x86_64, musl-unknown:x86_64, uclibc-ng-1.0.45:x86_64); 2 findings (unavailable-api 2); 0 environment problems; 0 skipped; 0 suppressed; 0 in baseline
//
// With _GNU_SOURCE uClibc-ng defines it too; musl still does not.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/m --triple x86_64-linux-musl --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/peek.c -- -D_GNU_SOURCE | FileCheck %s --check-prefix=GNU
// GNU: error: 'struct stream' is declared but never defined (an opaque type) on musl-unknown:x86_64 [hstack-unavailable-api]
// GNU: note: affects musl-unknown:x86_64; fine on glibc-2.36:x86_64, uclibc-ng-1.0.45:x86_64

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/bits/stream.h
struct stream { int fd; char *rpos, *rend; };
//--- g/usr/include/stream.h
#include <features.h>
typedef struct stream STREAM;
#include <bits/stream.h>
STREAM *stream_open(const char *);
//--- m/usr/include/bits/alltypes.h
typedef struct stream STREAM;
//--- m/usr/include/stdio.h
#include <bits/alltypes.h>
//--- m/usr/include/stream.h
#include <bits/alltypes.h>
STREAM *stream_open(const char *);
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
//--- u/usr/include/stream.h
#include <features.h>
typedef struct stream STREAM;
#ifdef __USE_GNU
struct stream { int fd; char *rpos, *rend; };
#endif
STREAM *stream_open(const char *);
//--- src/peek.c
#include <stream.h>

long pending(STREAM *s) { return s->rend - s->rpos; }
//--- src/keep.c
#include <stream.h>

static STREAM *last;
void keep(const char *p) { last = stream_open(p); }
//--- src/tag.c
#include <stream.h>

long pending(struct stream *s) { return s->rend - s->rpos; }
