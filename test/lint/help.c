// `hstack lint --help` describes what lint accepts: its --format line names
// the formats lint renders (text, json, sarif) and not one it rejects
// (dot, which `hstack lint --format dot` refuses with "expected
// text|json|sarif").
//
// RUN: %hstack lint --help | FileCheck %s
// CHECK: --format=<{{.*}}sarif{{.*}}>
// RUN: %hstack lint --help | FileCheck %s --check-prefix=NODOT
// NODOT-NOT: --format=<{{.*}}dot{{.*}}>
//
// RUN: not %hstack lint --format dot --sysroots-dir %t-none --no-host-deps %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DOT
// DOT: hstack: error: unknown --format 'dot' (expected text|json|sarif)
