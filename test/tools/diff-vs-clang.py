#!/usr/bin/env python3
"""Differential test: hstack's include tree against clang's own -H output.

For every top-level public header of a target's libc (the *.h files directly
in its include dirs), compare the headers `hstack tree` reports as entered,
in order and at their depth, with what `clang-19 -E -H` prints for the same
target and flags. Prints one line per difference, a list of the headers
that fail to preprocess on their own (reported, never dropped), and a
summary line. Exits 1 if any header differs.

Usage: diff-vs-clang.py --hstack BIN --clang BIN --target NAME [-j N]
                        [--sysroots-dir DIR] [-- EXTRA-CLANG-ARGS]
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def target_info(args):
    cmd = [args.hstack, "targets", "--format", "json", "--target", args.target]
    if args.sysroots_dir:
        cmd += ["--sysroots-dir", args.sysroots_dir]
    p = run(cmd)
    if p.returncode != 0:
        sys.exit("hstack targets failed: " + p.stderr.strip())
    return json.loads(p.stdout)["targets"][0]


def include_dirs(target, resource_dir, clang):
    """The sysroot include dirs clang searches for this target."""
    cmd = [clang, "--target=" + target["triple"], "--sysroot=" + target["sysroot"],
           "-resource-dir", resource_dir] + target["cflags"] + \
          ["-E", "-v", "-x", "c", "/dev/null", "-o", "/dev/null"]
    p = run(cmd)
    dirs, on = [], False
    for line in p.stderr.splitlines():
        if line.startswith("#include <...> search starts here"):
            on = True
        elif line.startswith("End of search list"):
            on = False
        elif on:
            d = os.path.normpath(line.strip())
            if d.startswith(os.path.normpath(target["sysroot"]) + os.sep):
                dirs.append(d)
    return dirs


def top_level_headers(dirs):
    names = set()
    for d in dirs:
        for f in os.listdir(d):
            if f.endswith(".h") and os.path.isfile(os.path.join(d, f)):
                names.add(f)
    return sorted(names)


def clang_h(clang, target, resource_dir, header, extra):
    src = "#include <%s>\n" % header
    cmd = [clang, "--target=" + target["triple"], "--sysroot=" + target["sysroot"],
           "-resource-dir", resource_dir] + target["cflags"] + extra + \
          ["-E", "-H", "-x", "c", "-", "-o", "/dev/null"]
    p = run(cmd, input=src)
    seq = []
    for line in p.stderr.splitlines():
        if not line.startswith("."):
            continue
        dots, _, path = line.partition(" ")
        if set(dots) != {"."}:
            continue
        seq.append((len(dots), os.path.realpath(path)))
    first_error = next((l for l in p.stderr.splitlines() if "error:" in l), "")
    return seq, p.returncode, first_error


def hstack_seq(node, depth, out):
    # clang -H lists every file it lexes: entered ones, and guarded files
    # it re-opened only to skip their body (hstack: skipped, reentered).
    if node["status"] != "entered" and not node["reentered"]:
        return
    out.append((depth, os.path.realpath(node["path"])))
    for c in node["children"]:
        hstack_seq(c, depth + 1, out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hstack", required=True)
    ap.add_argument("--clang", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--resource-dir", default="/usr/lib/llvm-19/lib/clang/19")
    ap.add_argument("--sysroots-dir")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()

    target = target_info(args)
    dirs = include_dirs(target, args.resource_dir, args.clang)
    headers = top_level_headers(dirs)
    if not headers:
        sys.exit("no top-level headers found in %s" % dirs)

    cmd = [args.hstack, "tree", "--format", "json", "--target", args.target,
           "-j", str(args.j)]
    if args.sysroots_dir:
        cmd += ["--sysroots-dir", args.sysroots_dir]
    cmd += headers
    if args.extra:
        cmd += ["--"] + args.extra
    p = run(cmd)
    if p.returncode not in (0,):
        sys.exit("hstack tree failed (%d): %s" % (p.returncode, p.stderr.strip()))
    trees = json.loads(p.stdout)["trees"]
    ours = {}
    for t in trees:
        seq = []
        hstack_seq(t["root"], 1, seq)
        ours[t["input"]] = (seq, [d for d in t["diagnostics"]
                                  if d["level"] in ("error", "fatal error")])

    with concurrent.futures.ThreadPoolExecutor(args.j) as ex:
        theirs = dict(zip(headers, ex.map(
            lambda h: clang_h(args.clang, target, args.resource_dir, h,
                              args.extra), headers)))

    differ, failing = [], []
    for h in headers:
        seq, diags = ours[h]
        cseq, rc, first_error = theirs[h]
        if rc != 0:
            failing.append((h, first_error))
            if not diags:
                differ.append("%s: clang failed (%s) but hstack saw no error"
                              % (h, first_error))
        elif diags:
            differ.append("%s: hstack saw errors clang did not: %s"
                          % (h, diags[0]["message"]))
        if seq != cseq:
            i = next((k for k in range(min(len(seq), len(cseq)))
                      if seq[k] != cseq[k]), min(len(seq), len(cseq)))
            differ.append("%s: differs at entry %d: hstack %s, clang %s" % (
                h, i, seq[i] if i < len(seq) else "(end)",
                cseq[i] if i < len(cseq) else "(end)"))
    for d in differ:
        print("DIFFER " + d)
    for h, e in failing:
        print("FAILS-ALONE %s: %s" % (h, e))
    entries = sum(len(ours[h][0]) for h in headers)
    print("%s: %d headers, %d tree entries compared, %d identical, "
          "%d fail to preprocess alone, %d differ" % (
              args.target, len(headers), entries,
              len(headers) - len({d.split(":")[0] for d in differ}),
              len(failing), len(differ)))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
