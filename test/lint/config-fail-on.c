// .hstack.yaml `fail-on:` sets the lowest severity that makes the run exit
// 1 (default error); --fail-on on the command line wins. The file has one
// warning (internal-header: <bits/types.h>, present on both fake libcs) and
// nothing that breaks.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// Default: a warning does not fail the run.
// RUN: %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps plain/a.c -- \
// RUN:   | FileCheck %s --check-prefix=WARN -DDIR=plain
// WARN: [[DIR]]/a.c:1:1: warning: <bits/types.h> is a libc implementation header;{{.*}} [hstack-internal-header]
//
// fail-on: warning in the project's config: exit 1.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps strict/a.c -- \
// RUN:   | FileCheck %s --check-prefix=WARN -DDIR=strict
//
// The command line wins over the config.
// RUN: %hstack lint --fail-on error --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps strict/a.c -- > /dev/null
// RUN: not %hstack lint --fail-on note --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps plain/a.c -- > /dev/null
//
// fail-on: note also counts notes (a note-severity finding from the config).
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps notes/a.c -- \
// RUN:   | FileCheck %s --check-prefix=NOTE
// NOTE: notes/a.c:1:1: note: <bits/types.h> is a libc implementation header;{{.*}} [hstack-internal-header]
//
// Not a severity: exit 2, one line naming the config file.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps bad/a.c -- > %t/bad.out 2> %t/bad.err
// RUN: count 0 < %t/bad.out
// RUN: count 1 < %t/bad.err
// RUN: FileCheck %s --check-prefix=BAD --input-file %t/bad.err -DT=%t --match-full-lines
// BAD: hstack: error: [[T]]/bad/.hstack.yaml: fail-on must be note, warning or error, not 'always'
// And on the command line.
// RUN: not %hstack lint --fail-on sometimes --sysroots-dir %t/none --sysroot %t/g --triple x86_64-linux-gnu \
// RUN:   --no-host-deps plain/a.c -- > %t/badcli.out 2> %t/badcli.err
// RUN: count 1 < %t/badcli.err
// RUN: FileCheck %s --check-prefix=BADCLI --input-file %t/badcli.err
// BADCLI: hstack: error: {{.*}}sometimes

//--- strict/.hstack.yaml
fail-on: warning
//--- notes/.hstack.yaml
fail-on: note
checks:
  - name: internal-header
    severity: note
//--- bad/.hstack.yaml
fail-on: always
//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/bits/types.h
typedef unsigned int __uint32_t;
//--- plain/a.c
#include <bits/types.h>
__uint32_t sum;
//--- strict/a.c
#include <bits/types.h>
__uint32_t sum;
//--- notes/a.c
#include <bits/types.h>
__uint32_t sum;
//--- bad/a.c
#include <bits/types.h>
__uint32_t sum;
