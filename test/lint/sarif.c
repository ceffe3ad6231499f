// --format sarif: a SARIF 2.1.0 log for code-scanning UIs. One run; the
// tool's rules are the checks that reported something ("hstack-<check>");
// one result per finding with its level, the message followed by one line
// per target (with the chain), the file location, a line-independent
// fingerprint (check:name:context, like the baseline) and the affected/ok
// targets as properties. The log validates against the published SARIF
// 2.1.0 JSON schema (test/tools/sarif-schema-2.1.0-rtm.5.json) and the
// consumer rules in test/tools/sarif-check.py.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %hstack lint --format sarif --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps -p build > %t/out.sarif; \
// RUN:   echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=1
// RUN: %python %tools/sarif-check.py %t/out.sarif | FileCheck %s --check-prefix=VALID
// VALID: sarif-check: ok: 3 results, 3 rules
//
// RUN: FileCheck %s --input-file %t/out.sarif
// CHECK:      "$schema": "{{.*}}sarif{{.*}}2.1.0{{.*}}.json",
// CHECK-NEXT: "version": "2.1.0",
// CHECK-NEXT: "runs": [
// CHECK:        "tool": {
// CHECK-NEXT:     "driver": {
// CHECK-NEXT:       "name": "hstack",
// CHECK-NEXT:       "version": "{{[0-9.]+.*}}",
// CHECK:            "rules": [
// CHECK:              "id": "hstack-implicit-include",
// CHECK-NEXT:         "name": "implicit-include",
// CHECK:              "id": "hstack-identifier-collision",
// CHECK-NEXT:         "name": "identifier-collision",
// CHECK:              "id": "hstack-internal-header",
// CHECK-NEXT:         "name": "internal-header",
// CHECK:        "results": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "ruleId": "hstack-implicit-include",
// CHECK-NEXT:       "ruleIndex": 0,
// CHECK-NEXT:       "level": "error",
// CHECK-NEXT:       "message": {
// CHECK-NEXT:         "text": "'va_list' is used without including <stdarg.h>{{.*}}\nuclibc-ng-1.0.45:x86_64: breaks: no header the file includes declares 'va_list' here (unknown type name 'va_list'); <stdarg.h> does\nglibc-2.36:x86_64: 'va_list' arrives through <stdio.h> [a-log.c:1 -> stdio.h:2]"
// CHECK-NEXT:       },
// CHECK-NEXT:       "locations": [
// CHECK-NEXT:         {
// CHECK-NEXT:           "physicalLocation": {
// CHECK-NEXT:             "artifactLocation": {
// CHECK-NEXT:               "uri": "src/a-log.c"
// CHECK-NEXT:             },
// CHECK-NEXT:             "region": {
// CHECK-NEXT:               "startLine": 3,
// CHECK-NEXT:               "startColumn": 35
// CHECK-NEXT:             }
// CHECK:            "partialFingerprints": {
// CHECK-NEXT:         "hstackFinding/v1": "implicit-include:va_list:void log_message(const char *fmt, va_list ap);"
// CHECK-NEXT:       },
// CHECK-NEXT:       "properties": {
// CHECK-NEXT:         "targetsAffected": [
// CHECK-NEXT:           "uclibc-ng-1.0.45:x86_64"
// CHECK-NEXT:         ],
// CHECK-NEXT:         "targetsOk": [
// CHECK-NEXT:           "glibc-2.36:x86_64"
// CHECK-NEXT:         ],
// CHECK-NEXT:         "portabilitySpecific": true
// CHECK-NEXT:       }
// CHECK:            "ruleId": "hstack-identifier-collision",
// CHECK-NEXT:       "ruleIndex": 1,
// CHECK-NEXT:       "level": "error",
// CHECK-NEXT:       "message": {
// CHECK-NEXT:         "text": "'abs' is also declared by libc headers this file includes; rename it\nuclibc-ng-1.0.45:x86_64: breaks: the macro 'abs' defined at line 1 expands inside <stdlib.h>:1 [b-abs.c:2 -> pthread.h:2 -> stdlib.h:1]"
// CHECK:                  "uri": "src/b-abs.c"
// CHECK:            "ruleId": "hstack-internal-header",
// CHECK-NEXT:       "ruleIndex": 2,
// CHECK-NEXT:       "level": "warning",
// CHECK:                  "uri": "src/c-bits.c"
//
// No findings: still a valid log, with an empty results array, exit 0.
// RUN: %hstack lint --format sarif --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps src/d-clean.c -- > %t/clean.sarif
// RUN: %python %tools/sarif-check.py %t/clean.sarif | FileCheck %s --check-prefix=CLEAN
// CLEAN: sarif-check: ok: 0 results, 0 rules
// RUN: FileCheck %s --check-prefix=CLEAN-LOG --input-file %t/clean.sarif
// CLEAN-LOG: "results": []
//
// The checker itself rejects a log that breaks the schema (a level SARIF
// does not know) and one that breaks a consumer rule (ruleIndex off).
// RUN: sed 's/"level": "warning"/"level": "fatal"/' %t/out.sarif > %t/bad-level.sarif
// RUN: not %python %tools/sarif-check.py %t/bad-level.sarif | FileCheck %s --check-prefix=BAD-LEVEL
// BAD-LEVEL: sarif-check: {{.*}}bad-level.sarif: schema: runs/0/results/2/level: 'fatal' is not one of
// RUN: sed 's/"ruleIndex": 2/"ruleIndex": 0/' %t/out.sarif > %t/bad-index.sarif
// RUN: not %python %tools/sarif-check.py %t/bad-index.sarif | FileCheck %s --check-prefix=BAD-INDEX
// BAD-INDEX: sarif-check: {{.*}}bad-index.sarif: results[2]: ruleId 'hstack-internal-header' but rules[0].id is 'hstack-implicit-include'

//--- build/compile_commands.json
[
  {"directory": "..", "file": "src/a-log.c", "arguments": ["cc", "-c", "src/a-log.c"]},
  {"directory": "..", "file": "src/b-abs.c", "arguments": ["cc", "-c", "src/b-abs.c"]},
  {"directory": "..", "file": "src/c-bits.c", "arguments": ["cc", "-c", "src/c-bits.c"]},
  {"directory": "..", "file": "src/d-clean.c", "arguments": ["cc", "-c", "src/d-clean.c"]}
]
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/stdio.h
#include <features.h>
typedef __builtin_va_list va_list;
int puts(const char *);
//--- g/usr/include/pthread.h
#include <features.h>
//--- g/usr/include/bits/types.h
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/stdio.h
#include <features.h>
int puts(const char *);
//--- u/usr/include/pthread.h
#include <features.h>
#include <stdlib.h>
//--- u/usr/include/stdlib.h
extern int abs(int __x);
//--- u/usr/include/bits/types.h
//--- src/a-log.c
#include <stdio.h>

void log_message(const char *fmt, va_list ap);
//--- src/b-abs.c
#define abs(a) ((a) < 0 ? -(a) : (a))
#include <pthread.h>
//--- src/c-bits.c
#include <bits/types.h>
//--- src/d-clean.c
#include <stdio.h>
int main(void) { return puts("ok") < 0; }
