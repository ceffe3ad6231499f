// `tree --format json`: the hstack.tree/1 schema. A Python check walks the
// whole document and asserts every field of every node (names and types), and
// the values on a small fake sysroot: a sysroot header (with sysroot_path),
// a compiler header (without; with the __need_ macros in force in "needs"),
// a condition, a guarded re-include (skipped, no children), a missing header
// (missing, empty path) and its diagnostic. New fields may be added; none of
// these may go away or change type.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: %hstack tree --format json --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu top.h \
// RUN:   > %t/out.json
// RUN: %python %t/check.py %t/out.json %t/root
//
// The same facts as FileCheck sees them, in document order.
// RUN: FileCheck %s --input-file %t/out.json -DROOT=%t/root
// CHECK:      {
// CHECK-NEXT:   "schema": "hstack.tree/1",
// CHECK-NEXT:   "trees": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "target": {
// CHECK-NEXT:         "name": "glibc-2.36:x86_64",
// CHECK-NEXT:         "libc": "glibc",
// CHECK-NEXT:         "version": "2.36",
// CHECK-NEXT:         "arch": "x86_64",
// CHECK-NEXT:         "abi": "",
// CHECK-NEXT:         "triple": "x86_64-linux-gnu",
// CHECK-NEXT:         "sysroot": "[[ROOT]]",
// CHECK-NEXT:         "cflags": [],
// CHECK-NEXT:         "origin": "user"
// CHECK-NEXT:       },
// CHECK-NEXT:       "input": "top.h",
// CHECK-NEXT:       "root": {
// CHECK-NEXT:         "header": "top.h",
// CHECK-NEXT:         "spelled": "<top.h>",
// CHECK-NEXT:         "path": "[[ROOT]]/usr/include/top.h",
// CHECK-NEXT:         "sysroot_path": "/usr/include/top.h",
// CHECK-NEXT:         "include_dir": "[[ROOT]]/usr/include",
// CHECK-NEXT:         "origin": "sysroot",
// CHECK-NEXT:         "line": 1,
// CHECK:              "skipped": false,
// CHECK-NEXT:         "missing": false,
// CHECK-NEXT:         "include_next": false,
// CHECK-NEXT:         "forced": false,
// CHECK-NEXT:         "cycle": false,
// CHECK-NEXT:         "reentered": false,
// CHECK-NEXT:         "conditions": [],
// CHECK:              "children": [
// CHECK:                "header": "a.h",
// CHECK:                "conditions": [
// CHECK-NEXT:             {
// CHECK-NEXT:               "directive": "#ifdef",
// CHECK-NEXT:               "expr": "__USE_MISC",
// CHECK-NEXT:               "line": 4,
// CHECK-NEXT:               "text": "#ifdef __USE_MISC"
// CHECK-NEXT:             }
// CHECK-NEXT:           ],
// CHECK:            "forced_includes": [],
// CHECK-NEXT:       "diagnostics": [
// CHECK-NEXT:         {
// CHECK-NEXT:           "level": "fatal error",
// CHECK-NEXT:           "file": "top.h",
// CHECK-NEXT:           "line": 10,
// CHECK-NEXT:           "column": 10,
// CHECK-NEXT:           "message": "'nope.h' file not found"
// CHECK-NEXT:         }
// CHECK-NEXT:       ]
// CHECK-NEXT:     }
// CHECK-NEXT:   ]
// CHECK-NEXT: }

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
#include "a.h"
#define __need_size_t
#include <stddef.h>
#include <nope.h>
#endif
//--- root/usr/include/a.h
#ifndef _A_H
#define _A_H 1
#endif
//--- check.py
import json
import sys

doc = json.load(open(sys.argv[1]))
root_dir = sys.argv[2]
inc = root_dir + "/usr/include"

NODE = {"header": str, "spelled": str, "path": str, "include_dir": str,
        "origin": str, "line": int, "skipped": bool, "missing": bool,
        "include_next": bool, "forced": bool, "cycle": bool,
        "conditions": list, "needs": list, "children": list}
COND = {"directive": str, "expr": str, "line": int, "text": str}


def check_node(n, where):
    for k, t in NODE.items():
        assert k in n, (where, "missing key", k)
        assert type(n[k]) is t, (where, k, type(n[k]).__name__)
    assert n["origin"] in ("main", "sysroot", "compiler", "other"), (where, n["origin"])
    # sysroot_path is there exactly for headers inside the sysroot.
    assert ("sysroot_path" in n) == (n["origin"] == "sysroot"), (where, n)
    if "sysroot_path" in n:
        assert n["path"] == root_dir + n["sysroot_path"], (where, n["path"])
    assert all(type(x) is str and x.startswith("__need_") for x in n["needs"]), (where, n["needs"])
    for c in n["conditions"]:
        assert set(COND) <= set(c), (where, c)
        for k, t in COND.items():
            assert type(c[k]) is t, (where, k)
        assert c["text"] == c["directive"] + " " + c["expr"], (where, c)
    if n["skipped"] or n["missing"]:
        assert n["children"] == [], (where, "skipped/missing node has children")
    for i, c in enumerate(n["children"]):
        check_node(c, where + "/" + str(i) + ":" + c["header"])


# Fields may be added to hstack.tree/1, never removed or retyped.
assert {"schema", "trees"} <= set(doc), set(doc)
assert doc["schema"] == "hstack.tree/1"
assert len(doc["trees"]) == 1
t = doc["trees"][0]
assert {"target", "input", "root", "forced_includes", "diagnostics"} <= set(t), set(t)
assert {"name", "libc", "version", "arch", "abi", "triple", "sysroot", "cflags",
        "origin"} <= set(t["target"]), set(t["target"])
assert t["target"]["name"] == "glibc-2.36:x86_64"
assert t["target"]["sysroot"] == root_dir
assert t["input"] == "top.h"
assert t["forced_includes"] == []
check_node(t["root"], "top.h")

r = t["root"]
assert (r["header"], r["path"], r["origin"]) == ("top.h", inc + "/top.h", "sysroot")
assert r["sysroot_path"] == "/usr/include/top.h" and r["include_dir"] == inc
kids = r["children"]
assert [k["header"] for k in kids] == ["features.h", "a.h", "a.h", "stddef.h", "nope.h"], kids
assert [k["line"] for k in kids] == [3, 5, 7, 9, 10]
feat, a1, a2, std, nope = kids
assert feat["spelled"] == "<features.h>" and feat["conditions"] == []
assert not feat["skipped"] and not feat["missing"]
assert [{k: c[k] for k in COND} for c in a1["conditions"]] == [
    {"directive": "#ifdef", "expr": "__USE_MISC", "line": 4,
     "text": "#ifdef __USE_MISC"}], a1
assert not a1["skipped"]
assert a2["spelled"] == '"a.h"' and a2["skipped"] and a2["path"] == inc + "/a.h"
assert a2["conditions"] == []
assert std["origin"] == "compiler" and "sysroot_path" not in std
assert std["needs"] == ["__need_size_t"], std["needs"]
assert feat["needs"] == [] and a1["needs"] == [], (feat, a1)
assert std["path"].endswith("/include/stddef.h") and std["include_dir"] + "/stddef.h" == std["path"]
assert any(c["header"] == "__stddef_size_t.h" for c in std["children"]), std
assert nope["missing"] and nope["path"] == "" and not nope["skipped"], nope
assert nope["spelled"] == "<nope.h>"
for k in kids:
    assert not k["include_next"] and not k["forced"] and not k["cycle"], k
d = t["diagnostics"]
assert len(d) == 1, d
assert {"level", "file", "line", "column", "message"} <= set(d[0])
assert (d[0]["level"], d[0]["file"], d[0]["line"]) == ("fatal error", "top.h", 10), d
assert "nope.h" in d[0]["message"]
print("ok")
