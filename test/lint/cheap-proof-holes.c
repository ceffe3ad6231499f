// Cases where a libc differs from the lead's in a way the types' shapes
// alone do not show (a record only declared, another layout, enumerator
// and macro numbers, a member's type, a typedef's exact type under sizeof
// or _Generic, a callback's type, a function used as a value, ...). In
// each, --cheap must not prove the other target like the lead where the
// compiler fails there: both modes must report the same bytes, file by
// file (one lint each, so no file's proof is skipped for another's). The
// files that compile on both (pointers only, same numbers, a call that
// converts its arguments) are still proved. With the proof as it was
// before these comparisons, 17 of the 24 files that fail on some target
// were proved on b and reported clean there (two of them crashed).
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: for f in $(ls *.c | LC_ALL=C sort); do \
// RUN:   %hstack lint --format json --sysroots-dir %t/none \
// RUN:     --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu \
// RUN:     --no-host-deps $f -- > $f.exact.json; \
// RUN:   %hstack lint --format json --cheap --stats --sysroots-dir %t/none \
// RUN:     --sysroot %t/a --triple x86_64-linux-gnu --sysroot %t/b --triple x86_64-linux-gnu \
// RUN:     --no-host-deps $f -- > $f.cheap.json 2> $f.stats; \
// RUN:   cmp $f.exact.json $f.cheap.json || exit 1; \
// RUN:   echo "== $f" >> stats.txt; head -1 $f.stats >> stats.txt; grep '^  [0-9]' $f.stats >> stats.txt || true; \
// RUN:   echo "== $f" >> exact.txt; grep -A1 breaks_on $f.exact.json >> exact.txt || true; \
// RUN: done
// RUN: FileCheck %s --input-file exact.txt
// RUN: FileCheck %s --check-prefix=STATS --input-file stats.txt
//
// Where each file fails (the default mode's full parses).
// CHECK-LABEL: == array-size.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == bitfield-width.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == call-ok.c
// CHECK-NEXT: "breaks_on": []
// CHECK-NEXT: }
// CHECK-LABEL: == const-member-rev.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == const-member.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "glibc-2.36:x86_64"
// CHECK-LABEL: == const-var-rev.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == const-var.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "glibc-2.36:x86_64"
// CHECK-LABEL: == enum-same-ok.c
// CHECK-NEXT: "breaks_on": []
// CHECK-NEXT: }
// CHECK-LABEL: == enum-values.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == enum-vs-int-typedef.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == fn-as-value.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == fn-callback-arg.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == fnptr-param.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == generic.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == incomplete-array.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == init-list.c
// CHECK-NEXT: "breaks_on": []
// CHECK-NEXT: }
// CHECK-LABEL: == knr-call.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == macro-operators.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == member-array-size.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == member-type.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == noreturn-func.c
// CHECK-NEXT: "breaks_on": []
// CHECK-NEXT: }
// CHECK-LABEL: == offsetof.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == ptr-only-ok.c
// CHECK-NEXT: "breaks_on": []
// CHECK-NEXT: }
// CHECK-LABEL: == ret-fnptr.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == sizeof-call.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == sizeof-record.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == sizeof-typedef.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == stat-like-ok.c
// CHECK-NEXT: "breaks_on": []
// CHECK-NEXT: }
// CHECK-LABEL: == struct-vs-union.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
// CHECK-LABEL: == typedef-int-ptr.c
// CHECK-NEXT: "breaks_on": []
// CHECK-NEXT: }
// CHECK-LABEL: == variadic.c
// CHECK-NEXT: "breaks_on": [
// CHECK-NEXT: "uclibc-ng-1..:x86_64"
//
// How --cheap decided each file, and why a proof failed.
// STATS-LABEL: == array-size.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  the libc's macros expand differently
// STATS-LABEL: == bitfield-width.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  the libc's macros expand differently
// STATS-LABEL: == call-ok.c
// STATS-NEXT: 1 files x 2 targets: 1 parsed in full, 1 proved by preprocessing
// STATS-LABEL: == const-member-rev.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  struct s has no member 'x' of the lead's type
// STATS-LABEL: == const-member.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  (not tried: the file fails on a lead target)
// STATS-LABEL: == const-var-rev.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'V' is declared differently
// STATS-LABEL: == const-var.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  (not tried: the file fails on a lead target)
// STATS-LABEL: == enum-same-ok.c
// STATS-NEXT: 1 files x 2 targets: 1 parsed in full, 1 proved by preprocessing
// STATS-LABEL: == enum-values.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'B' is declared differently
// STATS-LABEL: == enum-vs-int-typedef.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'E0' is not declared
// STATS-LABEL: == fn-as-value.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'cmp' is declared differently
// STATS-LABEL: == fn-callback-arg.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'cmp' is declared differently
// STATS-LABEL: == fnptr-param.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'each' is declared differently
// STATS-LABEL: == generic.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'off_t' is declared differently
// STATS-LABEL: == incomplete-array.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'T' is declared differently
// STATS-LABEL: == init-list.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  's' has another layout here
// STATS-LABEL: == knr-call.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'f' is declared differently
// STATS-LABEL: == macro-operators.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  the libc's macros expand differently
// STATS-LABEL: == member-array-size.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  struct s has no member 'n' of the lead's type
// STATS-LABEL: == member-type.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  struct s has no member 'x' of the lead's type
// STATS-LABEL: == noreturn-func.c
// STATS-NEXT: 1 files x 2 targets: 1 parsed in full, 1 proved by preprocessing
// STATS-LABEL: == offsetof.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  's' has another layout here
// STATS-LABEL: == ptr-only-ok.c
// STATS-NEXT: 1 files x 2 targets: 1 parsed in full, 1 proved by preprocessing
// STATS-LABEL: == ret-fnptr.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'sig' is declared differently
// STATS-LABEL: == sizeof-call.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'getpid' is declared differently
// STATS-LABEL: == sizeof-record.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  's' has another layout here
// STATS-LABEL: == sizeof-typedef.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'off_t' is declared differently
// STATS-LABEL: == stat-like-ok.c
// STATS-NEXT: 1 files x 2 targets: 1 parsed in full, 1 proved by preprocessing
// STATS-LABEL: == struct-vs-union.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'S' is declared differently
// STATS-LABEL: == typedef-int-ptr.c
// STATS-NEXT: 1 files x 2 targets: 1 parsed in full, 1 proved by preprocessing
// STATS-LABEL: == variadic.c
// STATS-NEXT: 1 files x 2 targets: 2 parsed in full, 0 proved by preprocessing
// STATS-NEXT: 1  'f' is declared differently

//--- a/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- a/usr/include/enum_values.h
#include <features.h>
enum { A = 1, B = 2 };
//--- a/usr/include/member_type.h
#include <features.h>
struct s { int x; };
extern struct s S;
//--- a/usr/include/sizeof_typedef.h
#include <features.h>
typedef long off_t;
//--- a/usr/include/sizeof_record.h
#include <features.h>
struct s { long a; };
//--- a/usr/include/fnptr_param.h
#include <features.h>
int each(int (*cb)(const char *));
//--- a/usr/include/array_size.h
#include <features.h>
#define N 4
//--- a/usr/include/typedef_int_ptr.h
#include <features.h>
typedef long pid_t;
//--- a/usr/include/ret_fnptr.h
#include <features.h>
typedef void (*handler_t)(int);
handler_t sig(int, handler_t);
//--- a/usr/include/bitfield_width.h
#include <features.h>
#define W 3
//--- a/usr/include/const_member.h
#include <features.h>
struct s { const int x; };
extern struct s S;
//--- a/usr/include/const_var.h
#include <features.h>
extern const int V;
//--- a/usr/include/struct_vs_union.h
#include <features.h>
struct s { int x; };
extern struct s S;
//--- a/usr/include/enum_vs_int_typedef.h
#include <features.h>
typedef enum { E0 } e_t;
//--- a/usr/include/incomplete_array.h
#include <features.h>
extern int T[4];
//--- a/usr/include/noreturn_func.h
#include <features.h>
_Noreturn void die(void);
//--- a/usr/include/const_var_rev.h
#include <features.h>
extern int V;
//--- a/usr/include/const_member_rev.h
#include <features.h>
struct s { int x; };
extern struct s S;
//--- a/usr/include/generic.h
#include <features.h>
typedef long off_t;
//--- a/usr/include/fn_as_value.h
#include <features.h>
int cmp(const char *, const char *);
//--- a/usr/include/fn_callback_arg.h
#include <features.h>
int cmp(const char *, const char *);
void sortit(int (*)(const char *, const char *));
//--- a/usr/include/member_array_size.h
#include <features.h>
struct s { char n[16]; };
extern struct s S;
//--- a/usr/include/knr_call.h
#include <features.h>
int f();
//--- a/usr/include/variadic.h
#include <features.h>
int f(int, ...);
//--- a/usr/include/ptr_only_ok.h
#include <features.h>
struct s { int a; };
struct s *get(void);
//--- a/usr/include/enum_same_ok.h
#include <features.h>
enum { A = 1, B = 2 };
//--- a/usr/include/call_ok.h
#include <features.h>
int cmp(const char *, const char *);
//--- a/usr/include/init_list.h
#include <features.h>
struct s { int a; int b; };
extern struct s S;
//--- a/usr/include/offsetof.h
#include <features.h>
struct s { int a; int b; };
//--- a/usr/include/stat_like_ok.h
#include <features.h>
struct s { int a; int pad; };
int get(struct s *);
//--- a/usr/include/macro_operators.h
#include <features.h>
#define X (1 + 3)
#define Y 8
//--- a/usr/include/sizeof_call.h
#include <features.h>
typedef long pid_t;
pid_t getpid(void);
//--- b/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
//--- b/usr/include/enum_values.h
#include <features.h>
enum { A = 1, B = 1 };
//--- b/usr/include/member_type.h
#include <features.h>
struct s { char *x; };
extern struct s S;
//--- b/usr/include/sizeof_typedef.h
#include <features.h>
typedef int off_t;
//--- b/usr/include/sizeof_record.h
#include <features.h>
struct s { int a; };
//--- b/usr/include/fnptr_param.h
#include <features.h>
int each(int (*cb)(const void *));
//--- b/usr/include/array_size.h
#include <features.h>
#define N 0
//--- b/usr/include/typedef_int_ptr.h
#include <features.h>
typedef int pid_t;
//--- b/usr/include/ret_fnptr.h
#include <features.h>
typedef void (*handler_t)(void);
handler_t sig(int, handler_t);
//--- b/usr/include/bitfield_width.h
#include <features.h>
#define W 40
//--- b/usr/include/const_member.h
#include <features.h>
struct s { int x; };
extern struct s S;
//--- b/usr/include/const_var.h
#include <features.h>
extern int V;
//--- b/usr/include/struct_vs_union.h
#include <features.h>
union s { int x; };
extern union s S;
//--- b/usr/include/enum_vs_int_typedef.h
#include <features.h>
typedef int e_t;
//--- b/usr/include/incomplete_array.h
#include <features.h>
extern int T[];
//--- b/usr/include/noreturn_func.h
#include <features.h>
void die(void);
//--- b/usr/include/const_var_rev.h
#include <features.h>
extern const int V;
//--- b/usr/include/const_member_rev.h
#include <features.h>
struct s { const int x; };
extern struct s S;
//--- b/usr/include/generic.h
#include <features.h>
typedef int off_t;
//--- b/usr/include/fn_as_value.h
#include <features.h>
int cmp(const void *, const void *);
//--- b/usr/include/fn_callback_arg.h
#include <features.h>
int cmp(const void *, const void *);
void sortit(int (*)(const char *, const char *));
//--- b/usr/include/member_array_size.h
#include <features.h>
struct s { char n[8]; };
extern struct s S;
//--- b/usr/include/knr_call.h
#include <features.h>
int f(void);
//--- b/usr/include/variadic.h
#include <features.h>
int f(int);
//--- b/usr/include/ptr_only_ok.h
#include <features.h>
struct s;
struct s *get(void);
//--- b/usr/include/enum_same_ok.h
#include <features.h>
enum { A = 1, B = 2 };
//--- b/usr/include/call_ok.h
#include <features.h>
int cmp(const void *, const void *);
//--- b/usr/include/init_list.h
#include <features.h>
struct s { int a; };
extern struct s S;
//--- b/usr/include/offsetof.h
#include <features.h>
struct s { int b; int a; };
//--- b/usr/include/stat_like_ok.h
#include <features.h>
struct s { int a; long other; };
int get(struct s *);
//--- b/usr/include/macro_operators.h
#include <features.h>
#define X (1 << 3)
#define Y 8
//--- b/usr/include/sizeof_call.h
#include <features.h>
typedef int pid_t;
pid_t getpid(void);
//--- enum-values.c
#include <enum_values.h>
int f(int v){switch(v){case A: return 1; case B: return 2;} return 0;}
//--- member-type.c
#include <member_type.h>
int f(void){ int v = S.x; return v; }
//--- sizeof-typedef.c
#include <sizeof_typedef.h>
_Static_assert(sizeof(off_t) == 8, "lfs");
//--- sizeof-record.c
#include <sizeof_record.h>
_Static_assert(sizeof(struct s) == 8, "size");
//--- fnptr-param.c
#include <fnptr_param.h>
static int cb(const char *s){return s!=0;}
int f(void){ return each(cb); }
//--- array-size.c
#include <array_size.h>
int arr[N - 1];
//--- typedef-int-ptr.c
#include <typedef_int_ptr.h>
void g(long *p);
void f(void){ pid_t x = 0; g(&x); }
//--- ret-fnptr.c
#include <ret_fnptr.h>
static void h(int s){(void)s;}
void f(void){ sig(1, h); }
//--- bitfield-width.c
#include <bitfield_width.h>
struct t { unsigned v : W; };
//--- const-member.c
#include <const_member.h>
void f(void){ S.x = 1; }
//--- const-var.c
#include <const_var.h>
void f(void){ V = 1; }
//--- struct-vs-union.c
#include <struct_vs_union.h>
struct s *p = &S;
//--- enum-vs-int-typedef.c
#include <enum_vs_int_typedef.h>
e_t v = E0;
//--- incomplete-array.c
#include <incomplete_array.h>
int n = sizeof(T);
//--- noreturn-func.c
#include <noreturn_func.h>
int f(void){ die(); }
//--- const-var-rev.c
#include <const_var_rev.h>
void f(void){ V = 1; }
//--- const-member-rev.c
#include <const_member_rev.h>
void f(void){ S.x = 1; }
//--- generic.c
#include <generic.h>
int k = _Generic((off_t)0, long: 1);
//--- fn-as-value.c
#include <fn_as_value.h>
int (*fp)(const char *, const char *) = cmp;
//--- fn-callback-arg.c
#include <fn_callback_arg.h>
void f(void){ sortit(cmp); }
//--- member-array-size.c
#include <member_array_size.h>
char buf[sizeof(S.n) - 10];
//--- knr-call.c
#include <knr_call.h>
int g(void){ return f(1); }
//--- variadic.c
#include <variadic.h>
int g(void){ return f(1, 2); }
//--- ptr-only-ok.c
#include <ptr_only_ok.h>
void *g(void){ return get(); }
//--- enum-same-ok.c
#include <enum_same_ok.h>
int f(int v){switch(v){case A: return 1; case B: return 2;} return 0;}
//--- call-ok.c
#include <call_ok.h>
int g(void){ return cmp("a", "b"); }
//--- init-list.c
#include <init_list.h>
struct s v = { 1, 2 };
//--- offsetof.c
#include <offsetof.h>
#include <stddef.h>
_Static_assert(offsetof(struct s, b) == 4, "o");
//--- stat-like-ok.c
#include <stat_like_ok.h>
int f(void){ struct s v = {0}; get(&v); return v.a; }
//--- macro-operators.c
#include <macro_operators.h>
int f(int v){switch(v){case X: return 1; case Y: return 2;} return 0;}
//--- sizeof-call.c
#include <sizeof_call.h>
_Static_assert(sizeof(getpid()) == 8, "pid");
