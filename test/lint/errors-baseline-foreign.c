// A --baseline file that is not an hstack baseline (an empty JSON object,
// hstack's own SARIF or JSON report, a baseline entry without a check) is
// an input error: exit 2, nothing on stdout, one `hstack: error:` line
// naming the file and saying how to make a real one. A missing baseline
// file too.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --baseline empty.json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/out1 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RC: exit=2
// RUN: count 0 < %t/out1
// RUN: count 1 < %t/err1
// RUN: FileCheck %s --check-prefix=EMPTY --input-file %t/err1 --match-full-lines
// EMPTY: hstack: error: empty.json: not an hstack baseline (expected a JSON object with schema "hstack.baseline/1"; write one with --write-baseline)
//
// hstack's own SARIF output, e.g. picked up by mistake in CI.
// RUN: %hstack lint --format sarif --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/report.sarif || true
// RUN: %hstack lint --baseline %t/report.sarif --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=SARIF --input-file %t/err2 -DT=%t --match-full-lines
// SARIF: hstack: error: [[T]]/report.sarif: not an hstack baseline {{.*}}
//
// hstack's JSON report (schema hstack.lint/1) is not a baseline either.
// RUN: %hstack lint --format json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/report.json || true
// RUN: %hstack lint --baseline %t/report.json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 0 < %t/out3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=REPORT --input-file %t/err3 -DT=%t --match-full-lines
// REPORT: hstack: error: [[T]]/report.json: not an hstack baseline {{.*}}
//
// The right schema, a malformed entry.
// RUN: %hstack lint --baseline entry.json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/out4 2> %t/err4; echo "exit=$?" > %t/rc4
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc4
// RUN: count 0 < %t/out4
// RUN: count 1 < %t/err4
// RUN: FileCheck %s --check-prefix=ENTRY --input-file %t/err4 --match-full-lines
// ENTRY: hstack: error: entry.json: malformed baseline entry
//
// No such file.
// RUN: %hstack lint --baseline nope.json --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/out5 2> %t/err5; echo "exit=$?" > %t/rc5
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc5
// RUN: count 0 < %t/out5
// RUN: count 1 < %t/err5
// RUN: FileCheck %s --check-prefix=NOPE --input-file %t/err5 --match-full-lines
// NOPE: hstack: error: nope.json: cannot read baseline: No such file or directory

//--- empty.json
{}
//--- entry.json
{"schema": "hstack.baseline/1", "findings": [{"file": "a.c", "name": "x"}]}
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/bits/types.h
//--- a.c
#include <bits/types.h>
