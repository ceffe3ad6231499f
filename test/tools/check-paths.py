#!/usr/bin/env python3
"""Check that every header in `hstack tree --format json` output (stdin) was
found inside the target's sysroot or Clang's resource dir: nothing from the
host's /usr/include may leak into a target's stack. Prints a count line."""
import json
import sys

resource = sys.argv[1].rstrip("/") + "/"
doc = json.load(sys.stdin)
bad, seen = [], 0


def walk(node, sysroot):
    global seen
    if node["path"]:
        seen += 1
        if not (node["path"].startswith(sysroot) or node["path"].startswith(resource)):
            bad.append(node["path"])
    for c in node["children"]:
        walk(c, sysroot)


for tree in doc["trees"]:
    walk(tree["root"], tree["target"]["sysroot"].rstrip("/") + "/")
for b in bad:
    print("LEAK " + b)
print("%d headers checked, %d outside sysroot or resource dir" % (seen, len(bad)))
sys.exit(1 if bad else 0)
