# lit configuration for hstack's tests. -*- Python -*-
#
# Substitutions: %hstack (the tool), %clang (clang-19), %python, %S/%t as usual.
# Features: one `sysroot-<libc>-<arch>` per provisioned target (e.g.
# sysroot-uclibc-ng-x86_64 for uclibc-ng:x86_64), so tests on real headers
# say `REQUIRES:` and show as UNSUPPORTED only when the sysroots are absent.
import json
import os

import lit.formats

config.name = "hstack"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".test", ".cpp"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.hstack_obj_root, "test")

# Tools from llvm-19-tools first on PATH: FileCheck, not, count, split-file.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
for var in ("HOME", "HSTACK_SYSROOTS", "XDG_CACHE_HOME"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
config.environment.pop("NO_COLOR", None)
# Tests do not read or fill the user's result cache (lint/disk-cache.c
# tests it with a cache of its own).
config.environment["HSTACK_CACHE_DIR"] = "off"

config.substitutions.append(("%hstack", config.hstack_bin))
config.substitutions.append(("%clang", config.clang_bin))
config.substitutions.append(("%python", config.python_bin))
config.substitutions.append(("%resource_dir", config.resource_dir))
config.substitutions.append(("%testdata", os.path.join(config.hstack_src_root, "testdata")))
config.substitutions.append(("%tools", os.path.join(config.hstack_src_root, "test", "tools")))


def sysroots_dir():
    if os.environ.get("HSTACK_SYSROOTS"):
        return os.environ["HSTACK_SYSROOTS"]
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "hstack", "sysroots")


root = sysroots_dir()
config.substitutions.append(("%sysroots", root))
if os.path.isdir(root):
    for entry in sorted(os.listdir(root)):
        manifest = os.path.join(root, entry, "hstack-manifest.json")
        if not os.path.isfile(manifest):
            continue
        with open(manifest) as f:
            data = json.load(f)
        for target in data.get("targets", []):
            feature = "sysroot-" + target["name"].replace(":", "-")
            config.available_features.add(feature)
            # %sr<name> gives the sysroot dir, e.g. %sr{uclibc-ng:x86_64}.
            config.substitutions.append(
                ("%%sr{%s}" % target["name"], os.path.join(root, entry)))
