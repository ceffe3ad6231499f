#!/usr/bin/env python3
"""Oracle test: does `hstack lint` say a file breaks exactly where Clang fails?

For every case and every target, compile the case with Clang itself
(`clang-19 --target=TRIPLE --sysroot=SYSROOT -fsyntax-only`, with the
target's cflags and the case's flags; triples and sysroots come from
`hstack targets --format json`) and lint it with `hstack lint --format json
--no-host-deps` on all targets at once. Then:

  * agreement: the targets where Clang fails must be exactly the targets on
    which hstack reports a finding whose per_target entry for that target
    has "breaks": true;
  * explanation: every failure must be explained by a finding of one of the
    seven real checks (implicit-include, unavailable-api,
    identifier-collision, missing-library, internal-header,
    predefined-macro, host-sizeof). Failures that only the pseudo-checks (compile-error, environment) account for are
    listed separately and count as unexplained;
  * intent (optional, per case): `// oracle-breaks: T1 T2` or
    `// oracle-breaks: none` says where the case is meant to fail, and
    `// oracle-check: NAME` which check is meant to explain it (that one
    alone: two checks claiming the same failure is a double report); a case
    whose Clang result or explaining checks are not the intended ones is
    listed, so a case cannot silently stop testing what it claims to.

Cases:
  * a directory: every *.c file in it is one case; so is a plain .c file;
  * a lit test file with split-file sections (`//--- NAME.c`): every C
    section is one case (sources of the real-sysroot lint tests), other
    sections (compile_commands.json, headers) are written next to them.
A case's own lines `// oracle-flags: ...` (anywhere in its first lines) give
extra compile flags, e.g. `-std=c11` or `-D_GNU_SOURCE`.

Prints a table (one row per case, one column per target):
  .      compiles, and hstack reports no breaking finding there;
  B:xx   fails, and hstack explains it with a real check (ii
         implicit-include, ua unavailable-api, ic identifier-collision, ml
         missing-library, ih internal-header, pm predefined-macro, hs
         host-sizeof);
  b      fails, and only a pseudo-check explains it;
  MISS   fails, and hstack reports no breaking finding;
  FALSE  compiles, and hstack says it breaks;
then the details of every problem, and a summary:

  oracle: N cases x M targets, agreement X/Y, unexplained Z

Exits 0 when everything agrees and every failure is explained, 1 otherwise,
2 when it cannot run.

With --compare-mode ARG (e.g. --cheap), every case is linted a second time
with ARG and --stats: the two JSON reports must be byte-identical (a DIFF
line per case where they are not), and the summary line

  compare ARG: N cases identical, P of Q file x target pairs proved

says how much of the other mode's machinery the corpus exercised.

Usage: oracle.py --hstack BIN --clang BIN --cases DIR-or-FILE... [--cases ...]
                 [--target T]... [--sysroots-dir DIR] [--resource-dir DIR]
                 [-j N] [--keep DIR] [--compare-mode ARG]
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

REAL_CHECKS = ("implicit-include", "unavailable-api", "identifier-collision",
               "missing-library", "internal-header", "predefined-macro",
               "host-sizeof")
PSEUDO_CHECKS = ("compile-error", "environment")
ABBREV = {"implicit-include": "ii", "unavailable-api": "ua",
          "identifier-collision": "ic", "missing-library": "ml",
          "internal-header": "ih", "predefined-macro": "pm",
          "host-sizeof": "hs"}
DEFAULT_TARGETS = ("glibc:x86_64", "musl:x86_64", "uclibc-ng:x86_64",
                   "glibc:armhf", "musl:arm64", "uclibc-ng:mipsel")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


class Case:
    def __init__(self, name, path, flags, breaks, check):
        self.name = name          # as shown in the table
        self.path = path          # the .c file to compile
        self.flags = flags        # extra compile flags
        self.breaks = breaks      # intended failing targets (set) or None
        self.check = check        # intended explaining check or None


def directives(text):
    """oracle-flags / oracle-breaks / oracle-check from a case's comments."""
    flags, breaks, check = [], None, None
    for line in text.splitlines()[:20]:
        m = re.match(r"\s*//\s*oracle-(flags|breaks|check):(.*)$", line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "flags":
            flags += shlex.split(value)
        elif key == "breaks":
            breaks = set() if value == "none" else set(value.split())
        else:
            check = value
    return flags, breaks, check


def split_file(path, outdir):
    """Write a lit test's `//--- NAME` sections under outdir; return the C ones."""
    with open(path) as f:
        lines = f.read().splitlines(keepends=True)
    sections, current = {}, None
    for line in lines:
        m = re.match(r"^//--- (\S+)\s*$", line)
        if m:
            current = m.group(1)
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    out = []
    for name, body in sections.items():
        dest = os.path.join(outdir, name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w") as f:
            f.writelines(body)
        if name.endswith(".c"):
            out.append((name, dest))
    return out


def discover(paths, workdir):
    cases = []
    for p in paths:
        if os.path.isdir(p):
            for f in sorted(os.listdir(p)):
                if f.endswith(".c"):
                    full = os.path.abspath(os.path.join(p, f))
                    with open(full) as fh:
                        flags, breaks, check = directives(fh.read())
                    cases.append(Case(f, full, flags, breaks, check))
        elif os.path.isfile(p):
            base = os.path.basename(p)
            with open(p) as fh:
                text = fh.read()
            if not re.search(r"^//--- ", text, re.M):
                # A plain C file: one case.
                flags, breaks, check = directives(text)
                cases.append(Case(base, os.path.abspath(p), flags, breaks, check))
                continue
            outdir = os.path.join(workdir, base + ".d")
            for name, dest in split_file(p, outdir):
                with open(dest) as fh:
                    flags, breaks, check = directives(fh.read())
                cases.append(Case(base + ":" + name, dest, flags, breaks, check))
        else:
            sys.exit("oracle: %s: no such file or directory" % p)
    return cases


def targets_info(args):
    cmd = [args.hstack, "targets", "--format", "json"]
    if args.sysroots_dir:
        cmd += ["--sysroots-dir", args.sysroots_dir]
    for t in args.targets:
        cmd += ["--target", t]
    p = run(cmd)
    if p.returncode != 0:
        print("oracle: hstack targets failed: " + p.stderr.strip(), file=sys.stderr)
        sys.exit(2)
    by_name = {t["name"]: t for t in json.loads(p.stdout)["targets"]}
    missing = [t for t in args.targets if t not in by_name]
    if missing:
        print("oracle: targets not provisioned: " + ", ".join(missing), file=sys.stderr)
        sys.exit(2)
    return [by_name[t] for t in args.targets]


def clang_fails(args, target, case):
    """None when the case compiles on the target, else the first error line."""
    cmd = [args.clang, "--target=" + target["triple"], "--sysroot=" + target["sysroot"]]
    if args.resource_dir:
        cmd += ["-resource-dir", args.resource_dir]
    cmd += list(target.get("cflags", [])) + case.flags + \
        ["-fsyntax-only", "-x", "c", case.path]
    p = run(cmd, cwd=os.path.dirname(case.path))
    if p.returncode == 0:
        return None
    first = next((l for l in p.stderr.splitlines() if "error:" in l),
                 p.stderr.strip().splitlines()[0] if p.stderr.strip() else "")
    return first or "exit %d" % p.returncode


def hstack_lint(args, targets, case, extra=()):
    cmd = [args.hstack, "lint", "--format", "json", "--no-host-deps"] + list(extra)
    if args.sysroots_dir:
        cmd += ["--sysroots-dir", args.sysroots_dir]
    for t in targets:
        cmd += ["--target", t["name"]]
    # Run from the case's directory so that no .hstack.yaml of this
    # checkout applies, with an explicit empty config.
    cmd += ["--config", args.empty_config, os.path.basename(case.path), "--"] + case.flags
    p = run(cmd, cwd=os.path.dirname(case.path))
    if p.returncode not in (0, 1):
        return None, "hstack lint exited %d: %s" % (p.returncode, p.stderr.strip())
    try:
        report = json.loads(p.stdout)
    except ValueError as e:
        return None, "hstack lint printed no JSON (%s)" % e
    if extra:
        return (p.stdout, p.stderr), None
    return report, None


def breaking_checks(report, target):
    """Checks of findings that break the target, per the JSON report."""
    out = set()
    for f in report.get("findings", []):
        for e in f.get("per_target", []):
            if e.get("target") == target and e.get("breaks"):
                out.add(f["check"])
    return out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hstack", required=True)
    ap.add_argument("--clang", required=True)
    ap.add_argument("--cases", action="extend", nargs="+", required=True)
    ap.add_argument("--target", dest="targets", action="append")
    ap.add_argument("--sysroots-dir")
    ap.add_argument("--resource-dir")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", help="write the split cases here (default: a temp dir)")
    ap.add_argument("--compare-mode", help="also lint with this argument; the "
                    "JSON reports must be identical")
    args = ap.parse_args(argv[1:])
    args.targets = args.targets or list(DEFAULT_TARGETS)

    tmp = tempfile.TemporaryDirectory(prefix="hstack-oracle-")
    workdir = args.keep or tmp.name
    os.makedirs(workdir, exist_ok=True)
    args.empty_config = os.path.join(workdir, "empty-config.yaml")
    with open(args.empty_config, "w") as f:
        f.write("{}\n")

    targets = targets_info(args)
    cases = discover(args.cases, workdir)
    if not cases:
        print("oracle: no cases found in " + ", ".join(args.cases), file=sys.stderr)
        return 2

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        clang_jobs = {(c.name, t["name"]): pool.submit(clang_fails, args, t, c)
                      for c in cases for t in targets}
        lint_jobs = {c.name: pool.submit(hstack_lint, args, targets, c) for c in cases}
        exact_jobs, other_jobs = {}, {}
        if args.compare_mode:
            for c in cases:
                exact_jobs[c.name] = pool.submit(hstack_lint, args, targets, c, ["--stats"])
                other_jobs[c.name] = pool.submit(hstack_lint, args, targets, c,
                                                 [args.compare_mode, "--stats"])
        clang = {k: v.result() for k, v in clang_jobs.items()}
        lint = {k: v.result() for k, v in lint_jobs.items()}
        exact = {k: v.result() for k, v in exact_jobs.items()}
        other = {k: v.result() for k, v in other_jobs.items()}

    names = [t["name"] for t in targets]
    width = max(len(c.name) for c in cases)
    cols = [max(len(n), 5) for n in names]
    header = "%-*s  %s" % (width, "case", "  ".join("%-*s" % (w, n) for w, n in zip(cols, names)))
    print(header)
    print("-" * len(header))

    agree = total = unexplained = 0
    problems, pseudo, intent = [], [], []
    for c in cases:
        report, err = lint[c.name]
        if err:
            problems.append("%s: %s" % (c.name, err))
        cells = []
        failing = set()
        explained_by = set()
        for t in names:
            total += 1
            fail = clang[(c.name, t)]
            checks = breaking_checks(report, t) if report else set()
            real = checks & set(REAL_CHECKS)
            if fail:
                failing.add(t)
            if bool(fail) == bool(checks) and report is not None:
                agree += 1
            if fail and not checks:
                cell = "MISS"
                problems.append("%s on %s: clang fails (%s), hstack reports no "
                                "breaking finding" % (c.name, t, fail))
            elif not fail and checks:
                cell = "FALSE"
                problems.append("%s on %s: hstack says it breaks (%s), clang "
                                "compiles it" % (c.name, t, ", ".join(sorted(checks))))
            elif fail and not real:
                cell = "b"
                pseudo.append("%s on %s: explained only by %s: %s"
                              % (c.name, t, ", ".join(sorted(checks)), fail))
            elif fail:
                cell = "B:" + ",".join(ABBREV[c] for c in sorted(real))
                explained_by |= real
            else:
                cell = "."
            if fail and not real:
                unexplained += 1
            cells.append(cell)
        print("%-*s  %s" % (width, c.name, "  ".join("%-*s" % (w, x) for w, x in zip(cols, cells))))
        if c.breaks is not None and failing != (c.breaks & set(names)):
            intent.append("%s: meant to fail on %s, clang fails on %s"
                          % (c.name, " ".join(sorted(c.breaks & set(names))) or "none",
                             " ".join(sorted(failing)) or "none"))
        if c.check and failing and explained_by != {c.check}:
            intent.append("%s: meant to be explained by %s, explained by %s"
                          % (c.name, c.check,
                             ", ".join(sorted(explained_by)) or "no real check"))

    print()
    for title, items in (("disagreements", problems),
                         ("failures only a pseudo-check explains", pseudo),
                         ("cases that do not do what they say", intent)):
        if items:
            print("oracle: %s:" % title)
            for i in items:
                print("  " + i)
    compare_problems = []
    if args.compare_mode:
        same = proved = pairs = 0
        for c in cases:
            (a, ea), (b, eb) = exact[c.name], other[c.name]
            if ea or eb:
                compare_problems.append("DIFF %s: %s" % (c.name, ea or eb))
                continue
            if a[0] == b[0]:
                same += 1
            else:
                compare_problems.append("DIFF %s: %s and %s report differently"
                                        % (c.name, "default", args.compare_mode))
            m = re.search(r"(\d+) files x (\d+) targets: \d+ parsed in full, (\d+) proved", b[1])
            if m:
                pairs += int(m.group(1)) * int(m.group(2))
                proved += int(m.group(3))
        for p in compare_problems:
            print(p)
        print("compare %s: %d cases identical, %d of %d file x target pairs proved"
              % (args.compare_mode, same, proved, pairs))
    print("oracle: %d cases x %d targets, agreement %d/%d, unexplained %d"
          % (len(cases), len(targets), agree, total, unexplained))
    ok = agree == total and unexplained == 0 and not problems and not intent
    return 0 if ok and not compare_problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
