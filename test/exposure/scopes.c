// Only names with file scope are exposed. C gives file scope to tags and
// enumerators declared inside a struct (INNER_E, inner_tag, INNER_T), but
// not to a struct tag first mentioned in a parameter list (prototype
// scope), nor to anything declared inside a function body, nor to
// parameter names.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack exposure --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu scopes.h \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
// CHECK:== glibc-2.36:x86_64 (glibc 2.36, x86_64-linux-gnu): scopes.h [default mode]
// CHECK-NEXT:  enumerator           INNER_E                          scopes.h:1
// CHECK-NEXT:  enumerator           INNER_T                          scopes.h:1
// CHECK-NEXT:  variable             arr                              scopes.h:6
// CHECK-NEXT:  typedef              fnptr_t                          scopes.h:5
// CHECK-NEXT:  struct               holder                           scopes.h:1
// CHECK-NEXT:  enum                 inner_tag                        scopes.h:1
// CHECK-NEXT:  function             proto_only                       scopes.h:2
// CHECK-NEXT:  function             signal                           scopes.h:3
// CHECK-NEXT:  function             with_block                       scopes.h:4
// CHECK-NEXT:  9 names
// CHECK-NOT:{{.+}}

//--- root/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- root/usr/include/scopes.h
struct holder { enum { INNER_E = 1 } e; enum inner_tag { INNER_T } t; };
extern int proto_only (struct only_in_proto *__p);
extern void (*signal (int __sig, void (*__handler) (int))) (int);
static inline int with_block (void) { extern int block_scope_var; enum { BLOCK_E }; struct block_tag { int x; }; typedef int block_t; return block_scope_var; }
typedef int (*fnptr_t) (int param_name);
extern int arr[];
