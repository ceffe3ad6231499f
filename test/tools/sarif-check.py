#!/usr/bin/env python3
"""Validate a SARIF log written by `hstack lint --format sarif`.

Usage: sarif-check.py FILE.sarif [--schema SCHEMA.json]

Two layers:
  1. JSON-schema validation against the published SARIF 2.1.0 schema
     (test/tools/sarif-schema-2.1.0-rtm.5.json, draft-04; provenance in
     sarif-schema-2.1.0-rtm.5.SOURCE.md), with the Python module jsonschema
     (Debian: python3-jsonschema).
  2. What the schema cannot say but consumers (GitHub code scanning, VS Code
     SARIF viewer) rely on: one run; each result's ruleIndex points at the
     rule whose id is its ruleId; rule ids unique and "hstack-<check>"; a
     level; exactly one physical location with a relative file URI and a
     1-based region; a partialFingerprints entry.

Prints one line per problem and exits 1 if there is any; otherwise prints
`sarif-check: ok: N results, M rules` and exits 0. Exit 2: cannot run (bad
arguments, unreadable file, jsonschema missing).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "sarif-schema-2.1.0-rtm.5.json")


def schema_errors(log, schema):
    try:
        import jsonschema
    except ImportError:
        print("sarif-check: the Python module jsonschema is not installed "
              "(Debian: apt-get install python3-jsonschema)", file=sys.stderr)
        sys.exit(2)
    validator = jsonschema.Draft4Validator(schema)
    out = []
    for e in sorted(validator.iter_errors(log), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in e.path) or "(root)"
        out.append("schema: %s: %s" % (where, e.message))
    return out


def consumer_errors(log):
    out = []
    runs = log.get("runs")
    if not isinstance(runs, list) or len(runs) != 1:
        return ["expected exactly one run"]
    run = runs[0]
    driver = run.get("tool", {}).get("driver", {})
    if driver.get("name") != "hstack":
        out.append("tool.driver.name is %r, not 'hstack'" % driver.get("name"))
    rules = driver.get("rules", [])
    ids = [r.get("id") for r in rules]
    if len(set(ids)) != len(ids):
        out.append("rule ids are not unique: %s" % ids)
    for i, r in enumerate(rules):
        if not str(r.get("id", "")).startswith("hstack-"):
            out.append("rules[%d].id %r does not start with 'hstack-'" % (i, r.get("id")))
        if not r.get("shortDescription", {}).get("text"):
            out.append("rules[%d] has no shortDescription.text" % i)
    used = set()
    for i, res in enumerate(run.get("results", [])):
        where = "results[%d]" % i
        idx = res.get("ruleIndex")
        if not isinstance(idx, int) or not 0 <= idx < len(rules):
            out.append("%s: ruleIndex %r is not an index into the rules" % (where, idx))
        elif rules[idx].get("id") != res.get("ruleId"):
            out.append("%s: ruleId %r but rules[%d].id is %r"
                       % (where, res.get("ruleId"), idx, rules[idx].get("id")))
        else:
            used.add(idx)
        if res.get("level") not in ("error", "warning", "note"):
            out.append("%s: level %r" % (where, res.get("level")))
        if not res.get("message", {}).get("text"):
            out.append("%s: empty message" % where)
        locs = res.get("locations", [])
        if len(locs) != 1:
            out.append("%s: %d locations, expected 1" % (where, len(locs)))
        for loc in locs:
            phys = loc.get("physicalLocation", {})
            uri = phys.get("artifactLocation", {}).get("uri", "")
            if not uri or uri.startswith("/") or "://" in uri:
                out.append("%s: artifact uri %r is not a relative path" % (where, uri))
            region = phys.get("region", {})
            if region.get("startLine", 0) < 1 or region.get("startColumn", 0) < 1:
                out.append("%s: region %r is not 1-based" % (where, region))
        if not res.get("partialFingerprints"):
            out.append("%s: no partialFingerprints" % where)
    for i in range(len(rules)):
        if i not in used:
            out.append("rules[%d] (%s) is used by no result" % (i, ids[i]))
    return out


def main(argv):
    args = argv[1:]
    schema_path = DEFAULT_SCHEMA
    if "--schema" in args:
        i = args.index("--schema")
        if i + 1 >= len(args):
            print("sarif-check: --schema needs a file", file=sys.stderr)
            return 2
        schema_path = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        with open(args[0]) as f:
            log = json.load(f)
        with open(schema_path) as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        print("sarif-check: %s" % e, file=sys.stderr)
        return 2
    problems = schema_errors(log, schema)
    if not problems:
        problems = consumer_errors(log)
    for p in problems:
        print("sarif-check: %s: %s" % (args[0], p))
    if problems:
        return 1
    run = log["runs"][0]
    print("sarif-check: ok: %d results, %d rules"
          % (len(run.get("results", [])), len(run["tool"]["driver"].get("rules", []))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
