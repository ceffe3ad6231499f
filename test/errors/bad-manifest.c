// A malformed hstack-manifest.json in a --sysroots-dir: exit 2, nothing on
// stdout, one `hstack: error:` line naming the manifest file and what is
// wrong with it. Each case gets its own sysroots dir.
//
// RUN: rm -rf %t && split-file %s %t
//
// Not JSON at all.
// RUN: %hstack tree --sysroots-dir %t/invalid stdio.h > %t/out1 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RC: exit=2
// RUN: count 0 < %t/out1
// RUN: count 1 < %t/err1
// RUN: FileCheck %s --check-prefix=INVALID --input-file %t/err1 --match-full-lines -DT=%t
// INVALID: hstack: error: [[T]]/invalid/glibc-x86_64/hstack-manifest.json: malformed manifest: {{.*}}
//
// Valid JSON, but no "targets".
// RUN: %hstack tree --sysroots-dir %t/notargets stdio.h > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=NOTARGETS --input-file %t/err2 --match-full-lines -DT=%t
// NOTARGETS: hstack: error: [[T]]/notargets/glibc-x86_64/hstack-manifest.json: malformed manifest: missing non-empty array 'targets'
//
// Valid JSON, but not an object.
// RUN: %hstack tree --sysroots-dir %t/array stdio.h > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=ARRAY --input-file %t/err3 --match-full-lines -DT=%t
// ARRAY: hstack: error: [[T]]/array/musl-x86_64/hstack-manifest.json: malformed manifest: not a JSON object
//
// A target without a triple.
// RUN: %hstack targets --sysroots-dir %t/notriple > %t/out4 2> %t/err4; echo "exit=$?" > %t/rc4
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc4
// RUN: count 0 < %t/out4
// RUN: count 1 < %t/err4
// RUN: FileCheck %s --check-prefix=NOTRIPLE --input-file %t/err4 --match-full-lines -DT=%t
// NOTRIPLE: hstack: error: [[T]]/notriple/uclibc-ng-x86_64/hstack-manifest.json: malformed manifest: {{.*}}'triple'{{.*}}
//
// `why` reads the same manifests.
// RUN: %hstack why --sysroots-dir %t/notargets --from stdio.h abs > %t/out5 2> %t/err5; echo "exit=$?" > %t/rc5
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc5
// RUN: count 1 < %t/err5
// RUN: FileCheck %s --check-prefix=NOTARGETS --input-file %t/err5 --match-full-lines -DT=%t

//--- invalid/glibc-x86_64/hstack-manifest.json
{"libc": "glibc", "version": "2.36", "arch": "x86_64", "targets": [
//--- notargets/glibc-x86_64/hstack-manifest.json
{"libc": "glibc", "version": "2.36", "arch": "x86_64"}
//--- array/musl-x86_64/hstack-manifest.json
[{"libc": "musl"}]
//--- notriple/uclibc-ng-x86_64/hstack-manifest.json
{"libc": "uclibc-ng", "version": "1.0.45", "arch": "x86_64",
 "targets": [{"name": "uclibc-ng:x86_64"}]}
