#!/usr/bin/env python3
"""Field check: does `hstack lint` predict, file by file and target by
target, where a real package fails to compile?

For every C translation unit (and preprocessed assembler, `.S`/`.sx`, which
the driver only preprocesses) of a compile database and every target, compile
it with Clang itself (`clang-19 --target=TRIPLE --sysroot=SYSROOT
-fsyntax-only` plus the target's cflags and the entry's own -I/-D/-U/
-include/-std/-f/-O flags; the host's include dirs are dropped, as hstack
drops them), lint the whole database with `hstack lint --format json` on
the same targets, and compare clang's failures with hstack's per-file
`file_results[].breaks_on`:

  TP  hstack says it breaks, and clang fails
  FP  hstack says it breaks, clang compiles it
  FN  clang fails, hstack says nothing breaks
  TN  both say it compiles

Third-party headers: with --deps-sysroot DIR (a tree whose usr/include has
the package's dependencies but no libc, e.g. a copy of the host's
/usr/include minus the files of libc6-dev, linux-libc-dev and
libcrypt-dev), clang gets `-idirafter` for DIR/usr/include (after the
root's multiarch dir, if it has one, and before usr/local/include) and hstack
`--deps-sysroot DIR`; without it both run without them (hstack with
--no-host-deps), so a package needing them fails the same on both sides.

Prints every FP and FN with clang's first errors, then

  field: F files x T targets: TP=.. FP=.. FN=.. TN=..

and exits 0 when FP = FN = 0, 1 otherwise, 2 when it cannot run.

Usage: field.py --hstack BIN --clang BIN -p BUILD_DIR [--target T]...
                [--deps-sysroot DIR] [--sysroots-dir DIR] [-j N]
"""
import argparse
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys


def host_dir(d):
    return d == "/usr/include" or d.startswith(
        ("/usr/include/", "/usr/local/include", "/usr/lib/gcc/", "/usr/lib/llvm"))


def own_flags(entry):
    """The entry's own flags that decide what a file means, paths absolute."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    d = entry["directory"]
    keep, i = [], 1
    while i < len(args):
        a = args[i]
        if a[:2] in ("-I", "-D", "-U"):
            v = a[2:] if len(a) > 2 else (args[i + 1] if i + 1 < len(args) else "")
            i += 1 if len(a) > 2 else 2
            if a[:2] == "-I":
                p = os.path.normpath(os.path.join(d, v))
                if not host_dir(p):
                    keep += ["-I", p]
            else:
                keep.append(a[:2] + v)
            continue
        if a in ("-include", "-imacros", "-iquote", "-isystem", "-idirafter") and i + 1 < len(args):
            p = os.path.normpath(os.path.join(d, args[i + 1]))
            if not host_dir(p):
                keep += [a, p]
            i += 2
            continue
        if a in ("-o", "-MF", "-MT", "-MQ", "-x"):
            i += 2
            continue
        if (a.startswith("-std=") or a in ("-ansi", "-pthread") or a.startswith("-O") or
                (a.startswith("-f") and not a.startswith(
                    ("-fsanitize", "-fprofile", "-fdebug-prefix", "-fmacro-prefix",
                     "-ffile-prefix", "-fplugin")))):
            keep.append(a)
        i += 1
    return keep


_KNOWN = {}


def known_to(clang, triple, flags):
    """The flags without the -f options clang rejects for the target: GCC-only
    ones ("unknown argument": busybox's -fno-guess-branch-probability) and
    ones the target does not support ("unsupported option ... for target":
    openssh's -fzero-call-used-regs=all on arm). hstack drops them too: a
    build would not pass them to clang, and configure on that target would
    not have added them."""
    out = []
    for a in flags:
        if a.startswith("-f") and (triple, a) not in _KNOWN:
            r = subprocess.run([clang, "--target=" + triple, "-fsyntax-only", a,
                                "-x", "c", os.devnull], capture_output=True, text=True)
            _KNOWN[(triple, a)] = ("unknown argument" not in r.stderr and
                                   "unsupported option" not in r.stderr)
        if not a.startswith("-f") or _KNOWN[(triple, a)]:
            out.append(a)
    return out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hstack", required=True)
    ap.add_argument("--clang", required=True)
    ap.add_argument("-p", dest="build", required=True)
    ap.add_argument("--target", dest="targets", action="append")
    ap.add_argument("--deps-sysroot")
    ap.add_argument("--sysroots-dir")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args(argv[1:])
    targets = args.targets or ["glibc:x86_64", "musl:x86_64", "uclibc-ng:x86_64"]
    common = ["--sysroots-dir", args.sysroots_dir] if args.sysroots_dir else []

    db_path = os.path.join(args.build, "compile_commands.json")
    try:
        with open(db_path) as f:
            entries = json.load(f)
    except (OSError, ValueError) as e:
        print("field: cannot read %s: %s" % (db_path, e), file=sys.stderr)
        return 2
    p = subprocess.run([args.hstack, "targets", "--format", "json"] + common,
                       capture_output=True, text=True)
    if p.returncode != 0:
        print("field: hstack targets failed: " + p.stderr.strip(), file=sys.stderr)
        return 2
    known = {t["name"]: t for t in json.loads(p.stdout)["targets"]}
    for t in targets:
        if t not in known:
            print("field: unknown target %s" % t, file=sys.stderr)
            return 2

    # The dirs hstack takes from a deps root, in its order: the root's one
    # multiarch dir (none when it has several), usr/include,
    # usr/local/include.
    deps = []
    if args.deps_sysroot:
        inc = os.path.join(args.deps_sysroot, "usr", "include")
        multi = [os.path.join(inc, d) for d in sorted(os.listdir(inc))
                 if "-linux-" in d and os.path.isdir(os.path.join(inc, d))]
        dirs = (multi if len(multi) == 1 else []) + [
            inc, os.path.join(args.deps_sysroot, "usr", "local", "include")]
        for d in dirs:
            if os.path.isdir(d):
                deps += ["-idirafter", d]
    jobs, seen = [], set()
    for e in entries:
        f = os.path.normpath(os.path.join(e["directory"], e["file"]))
        if f in seen or not f.endswith((".c", ".S", ".sx")):
            continue
        seen.add(f)
        for t in targets:
            jobs.append((f, t, known_to(args.clang, known[t]["triple"], own_flags(e)),
                         e["directory"]))

    def compile_one(job):
        f, t, flags, d = job
        T = known[t]
        cmd = ([args.clang, "--target=" + T["triple"], "--sysroot=" + T["sysroot"]] +
               T.get("cflags", []) + ["-fsyntax-only", "-fno-color-diagnostics",
                                      "-ferror-limit=0"] + flags + deps + [f])
        r = subprocess.run(cmd, cwd=d, capture_output=True, text=True)
        errors = [l for l in r.stderr.splitlines() if ": error:" in l or "fatal error:" in l]
        return f, t, r.returncode != 0, errors

    with concurrent.futures.ThreadPoolExecutor(args.j) as ex:
        clang = {(f, t): (fail, errs) for f, t, fail, errs in ex.map(compile_one, jobs)}

    lint_cmd = [args.hstack, "lint", "-p", args.build, "--format", "json",
                "-j", str(args.j)] + common
    lint_cmd += (["--no-host-deps", "--deps-sysroot", args.deps_sysroot]
                 if args.deps_sysroot else ["--no-host-deps"])
    for t in targets:
        lint_cmd += ["--target", t]
    p = subprocess.run(lint_cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        print("field: hstack lint failed (%d): %s" % (p.returncode, p.stderr.strip()),
              file=sys.stderr)
        return 2
    report = json.loads(p.stdout)
    breaks = {os.path.normpath(os.path.abspath(r["file"])): set(r["breaks_on"])
              for r in report.get("file_results", [])}

    n = {"TP": 0, "FP": 0, "FN": 0, "TN": 0}
    for (f, t), (fail, errs) in sorted(clang.items()):
        pred = t in breaks.get(f, set())
        tag = ("TP" if fail else "FP") if pred else ("FN" if fail else "TN")
        n[tag] += 1
        if tag in ("FP", "FN"):
            print("%s %s %s" % (tag, t, os.path.relpath(f)))
            for l in errs[:4]:
                print("    " + l)
    print("field: %d files x %d targets: TP=%d FP=%d FN=%d TN=%d" %
          (len(seen), len(targets), n["TP"], n["FP"], n["FN"], n["TN"]))
    return 0 if n["FP"] == n["FN"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
