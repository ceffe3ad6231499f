// `tree --format dot`: one digraph, one cluster per (target, input), one
// graph node per header (a header included twice is one node), one edge per
// #include labelled with its line and conditions (quotes escaped), dashed
// edges for re-includes skipped by a guard, a red dashed node for a missing
// header, gray nodes for the compiler's headers. A Python check asserts the
// structure (balanced braces, every edge joins declared nodes of its own
// cluster).
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --format dot --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h a.h > %t/out.dot
// RUN: FileCheck %s --input-file %t/out.dot --match-full-lines --strict-whitespace
// CHECK:digraph hstack {
// CHECK:  subgraph cluster_0 {
// CHECK-NEXT:    label="glibc-2.36:x86_64: top.h";
// CHECK-NEXT:    t0_n0 [label="top.h"];
// CHECK-NEXT:    t0_n1 [label="features.h"];
// CHECK-NEXT:    t0_n0 -> t0_n1 [label="3"];
// CHECK-NEXT:    t0_n2 [label="a.h"];
// CHECK-NEXT:    t0_n0 -> t0_n2 [label="5\n#ifdef __USE_MISC"];
// CHECK-NEXT:    t0_n0 -> t0_n2 [label="7", style=dashed];
// CHECK-NEXT:    t0_n3 [label="b.h"];
// CHECK-NEXT:    t0_n0 -> t0_n3 [label="9\n#if defined __USE_MISC || __has_include(\"b.h\")"];
// CHECK-NEXT:    t0_n3 -> t0_n2 [label="1", style=dashed];
// CHECK-NEXT:    t0_n4 [label="stddef.h", color=gray40];
// CHECK-NEXT:    t0_n0 -> t0_n4 [label="13"];
// CHECK:    t0_n{{[0-9]+}} [label="nope.h", color=red, style=dashed];
// CHECK-NEXT:    t0_n0 -> t0_n{{[0-9]+}} [label="14"{{(, style=dashed)?}}];
// CHECK-NEXT:  }
// CHECK-NEXT:  subgraph cluster_1 {
// CHECK-NEXT:    label="glibc-2.36:x86_64: a.h";
// CHECK-NEXT:    t1_n0 [label="a.h"];
// CHECK-NEXT:  }
// CHECK-NEXT:}
// CHECK-NOT:{{.+}}
//
// RUN: %python %t/check.py %t/out.dot
//
// A header that is not found on the target is a red node in its cluster.
// RUN: not %hstack tree --format dot --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu nosuch.h 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=ERR
// ERR:      subgraph cluster_0 {
// ERR-NEXT:   label="glibc-2.36:x86_64: nosuch.h";
// ERR-NEXT:   t0_error [label="header 'nosuch.h' not found on target glibc-2.36:x86_64", color=red];

//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#define __USE_MISC 1
#endif
//--- root/usr/include/top.h
#ifndef _TOP_H
#define _TOP_H 1
#include <features.h>
#ifdef __USE_MISC
# include <a.h>
#endif
#include <a.h>
#if defined __USE_MISC || __has_include("b.h")
# include <b.h>
#endif

#define __need_size_t
#include <stddef.h>
#include <nope.h>
#endif
//--- root/usr/include/a.h
#ifndef _A_H
#define _A_H 1
#endif
//--- root/usr/include/b.h
#include <a.h>
//--- check.py
import re
import sys

text = open(sys.argv[1]).read()
lines = text.splitlines()
assert lines[0] == "digraph hstack {", lines[0]
assert lines[-1] == "}", lines[-1]
assert text.count("{") == text.count("}"), "unbalanced braces"
clusters = re.findall(r"^  subgraph cluster_(\d+) \{$", text, re.M)
assert clusters == ["0", "1"], clusters
declared = set()
cluster = None
edges = 0
for l in lines[1:-1]:
    m = re.match(r"^  subgraph cluster_(\d+) \{$", l)
    if m:
        cluster = m.group(1)
        continue
    m = re.match(r'^    (t\d+_n\d+) \[label="[^"]*"(, [a-z]+=[a-z0-9]+)*\];$', l)
    if m:
        assert m.group(1) not in declared, ("declared twice", l)
        assert m.group(1).startswith("t" + cluster + "_"), ("node outside its cluster", l)
        declared.add(m.group(1))
        continue
    m = re.match(r'^    (t\d+_n\d+) -> (t\d+_n\d+) \[label="((?:[^"\\]|\\.)*)"(, style=dashed)?\];$', l)
    if m:
        a, b = m.group(1), m.group(2)
        assert a in declared and b in declared, ("edge to undeclared node", l)
        assert a.startswith("t" + cluster + "_") and b.startswith("t" + cluster + "_"), l
        assert re.match(r"^\d+(\\n.*)?$", m.group(3)), ("label must start with the line", l)
        edges += 1
        continue
    assert re.match(r"^  (rankdir=LR;|node \[.*\];|edge \[.*\];|\})$", l) or \
        re.match(r'^    label=".*";$', l) or l == "  }", ("unexpected line", l)
assert edges == 8, edges
print("ok")
