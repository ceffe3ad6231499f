// `why --format json`: the hstack.why/1 schema. For an identifier, every
// hit has its chain (`header`, `path`, and `line`: the line that includes
// the next header, 0 for the last) and its declaration (`kind`, `header`,
// `line`, `text`); for a header, hits have chains and `skipped`, no
// declaration; `reachable` says whether there are hits at all. A Python
// check asserts the structure; FileCheck the values in order.
//
// RUN: rm -rf %t && split-file %s %t
// DEFINE: %{why} = %hstack why --format json --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from top.h
//
// RUN: %{why} clone -- -D_GNU_SOURCE > %t/clone.json
// RUN: %python %t/check.py %t/clone.json identifier 1
// RUN: FileCheck %s --input-file %t/clone.json --check-prefix=ID -DROOT=%t/root
// ID:      "schema": "hstack.why/1",
// ID-NEXT: "answers": [
// ID:        "target": {
// ID-NEXT:     "name": "glibc-2.36:x86_64",
// ID:        "from": "top.h",
// ID-NEXT:   "name": "clone",
// ID-NEXT:   "kind": "identifier",
// ID-NEXT:   "reachable": true,
// ID-NEXT:   "hits": [
// ID-NEXT:     {
// ID-NEXT:       "chain": [
// ID-NEXT:         {
// ID-NEXT:           "header": "top.h",
// ID-NEXT:           "path": "[[ROOT]]/usr/include/top.h",
// ID-NEXT:           "line": 4
// ID-NEXT:         },
// ID-NEXT:         {
// ID-NEXT:           "header": "sched.h",
// ID-NEXT:           "path": "[[ROOT]]/usr/include/sched.h",
// ID-NEXT:           "line": 3
// ID-NEXT:         },
// ID-NEXT:         {
// ID-NEXT:           "header": "bits/sched.h",
// ID-NEXT:           "path": "[[ROOT]]/usr/include/bits/sched.h",
// ID-NEXT:           "line": 0
// ID-NEXT:         }
// ID-NEXT:       ],
// ID:            "declaration": {
// ID-NEXT:         "kind": "function",
// ID-NEXT:         "header": "bits/sched.h",
// ID-NEXT:         "line": 4,
// ID-NEXT:         "text": "extern int clone (int (*__fn) (void *), void *__stack, int __flags, ...)"
// ID-NEXT:       }
//
// Not reachable: reachable false, no hits.
// RUN: %{why} clone > %t/none.json
// RUN: %python %t/check.py %t/none.json identifier 0
// RUN: FileCheck %s --input-file %t/none.json --check-prefix=NONE
// NONE:      "kind": "identifier",
// NONE-NEXT: "reachable": false,
// NONE-NEXT: "hits": []
//
// A header: one entered hit and one skipped, no declarations.
// RUN: %{why} bits/sched.h > %t/hdr.json
// RUN: %python %t/check.py %t/hdr.json header 2
// RUN: FileCheck %s --input-file %t/hdr.json --check-prefix=HDR
// HDR:      "kind": "header",
// HDR-NEXT: "reachable": true,
// HDR:      "skipped": false
// HDR:      "skipped": true
// HDR-NOT:  "declaration"

//--- check.py
import json
import sys

doc = json.load(open(sys.argv[1]))
kind, nhits = sys.argv[2], int(sys.argv[3])
assert doc["schema"] == "hstack.why/1", doc.get("schema")
assert isinstance(doc["answers"], list) and len(doc["answers"]) == 1
a = doc["answers"][0]
for k, t in {"target": dict, "from": str, "name": str, "kind": str,
             "reachable": bool, "hits": list}.items():
    assert type(a.get(k)) is t, (k, a.get(k))
assert a["kind"] == kind, a["kind"]
assert a["reachable"] == (nhits > 0)
assert len(a["hits"]) == nhits, a["hits"]
for h in a["hits"]:
    assert type(h["skipped"]) is bool
    chain = h["chain"]
    assert len(chain) >= 1
    for i, step in enumerate(chain):
        assert set(step) >= {"header", "path", "line"}, step
        assert type(step["header"]) is str and type(step["path"]) is str
        assert type(step["line"]) is int
        # Every step but the last names the line that includes the next one.
        assert (step["line"] > 0) == (i + 1 < len(chain)), (i, step)
    assert chain[0]["header"] == "top.h"
    if kind == "identifier":
        d = h["declaration"]
        assert set(d) >= {"kind", "header", "line", "text"}, d
        assert d["header"] == chain[-1]["header"], (d, chain[-1])
        assert type(d["line"]) is int and d["line"] > 0
        assert d["text"].startswith("extern int clone"), d["text"]
    else:
        assert "declaration" not in h, h
        assert chain[-1]["header"] == a["name"], chain
if kind == "header" and nhits:
    assert [h["skipped"] for h in a["hits"]] == [False] + [True] * (nhits - 1)
print("ok")
//--- root/usr/include/features.h
#ifndef _FEATURES_H
#define _FEATURES_H 1
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
#ifdef _GNU_SOURCE
# define __USE_GNU 1
#endif
#endif
//--- root/usr/include/top.h
#ifndef _TOP_H
#define _TOP_H 1
#include <features.h>
#include <sched.h>
#include <bits/sched.h>
#endif
//--- root/usr/include/sched.h
#ifndef _SCHED_H
#define _SCHED_H 1
#include <bits/sched.h>
#endif
//--- root/usr/include/bits/sched.h
#ifndef _BITS_SCHED_H
#define _BITS_SCHED_H 1
#ifdef __USE_GNU
extern int clone (int (*__fn) (void *), void *__stack, int __flags, ...);
#endif
#endif
