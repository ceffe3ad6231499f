// A bad .hstack.yaml is an input error: exit 2, nothing on stdout, one
// `hstack: error:` line naming the config file (and line:column where YAML
// gives one) and the problem. Each case lives in its own project directory.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
//
// An unknown check name, with the known ones listed.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   unknown/a.c -- > %t/out1 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RC: exit=2
// RUN: count 0 < %t/out1
// RUN: count 1 < %t/err1
// RUN: FileCheck %s --check-prefix=UNKNOWN --input-file %t/err1 -DT=%t --match-full-lines
// UNKNOWN: hstack: error: [[T]]/unknown/.hstack.yaml: unknown check 'implicit-includes' (known: implicit-include, unavailable-api, identifier-collision, missing-library, internal-header, predefined-macro, host-sizeof)
//
// Malformed YAML.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   malformed/a.c -- > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=MALFORMED --input-file %t/err2 -DT=%t --match-full-lines
// MALFORMED: hstack: error: [[T]]/malformed/.hstack.yaml:{{[0-9]+}}:{{[0-9]+}}: {{.+}}
//
// A key hstack does not know (a typo must not be silently ignored).
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   typo/a.c -- > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 0 < %t/out3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=TYPO --input-file %t/err3 -DT=%t --match-full-lines
// TYPO: hstack: error: [[T]]/typo/.hstack.yaml:1:1: unknown key 'fail_on'
//
// A wrong type (targets must be a list).
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   type/a.c -- > %t/out4 2> %t/err4; echo "exit=$?" > %t/rc4
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc4
// RUN: count 0 < %t/out4
// RUN: count 1 < %t/err4
// RUN: FileCheck %s --check-prefix=TYPE --input-file %t/err4 -DT=%t --match-full-lines
// TYPE: hstack: error: [[T]]/type/.hstack.yaml:{{.+}}
//
// A bad severity.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu --no-host-deps \
// RUN:   severity/a.c -- > %t/out5 2> %t/err5; echo "exit=$?" > %t/rc5
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc5
// RUN: count 1 < %t/err5
// RUN: FileCheck %s --check-prefix=SEVERITY --input-file %t/err5 -DT=%t --match-full-lines
// SEVERITY: hstack: error: [[T]]/severity/.hstack.yaml: check 'internal-header': severity must be note, warning or error, not 'fatal'
//
// --config naming a file that does not exist.
// RUN: %hstack lint --config %t/nope.yaml --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps unknown/a.c -- > %t/out6 2> %t/err6; echo "exit=$?" > %t/rc6
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc6
// RUN: count 1 < %t/err6
// RUN: FileCheck %s --check-prefix=NOFILE --input-file %t/err6 -DT=%t --match-full-lines
// NOFILE: hstack: error: [[T]]/nope.yaml: cannot read: No such file or directory

//--- unknown/.hstack.yaml
checks:
  - name: implicit-includes
    enabled: false
//--- malformed/.hstack.yaml
checks: [name: x
  - : :
//--- typo/.hstack.yaml
fail_on: warning
//--- type/.hstack.yaml
targets: glibc:x86_64
//--- severity/.hstack.yaml
checks:
  - name: internal-header
    severity: fatal
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- unknown/a.c
int a;
//--- malformed/a.c
int a;
//--- typo/a.c
int a;
//--- type/a.c
int a;
//--- severity/a.c
int a;
