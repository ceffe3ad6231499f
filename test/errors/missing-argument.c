// A required argument left out: no subcommand, `tree` without an input,
// `why` without --from or without NAME. Exit 2, nothing on stdout, exactly
// one `hstack: error:` line saying what is missing.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %hstack > %t/out0 2> %t/err0; echo "exit=$?" > %t/rc0
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc0
// RC: exit=2
// RUN: count 0 < %t/out0
// RUN: count 1 < %t/err0
// RUN: FileCheck %s --check-prefix=NOSUB --input-file %t/err0
// NOSUB: {{^}}hstack: error: no subcommand given
//
// RUN: %hstack tree --sysroots-dir %t/none > %t/out1 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RUN: count 0 < %t/out1
// RUN: count 1 < %t/err1
// RUN: FileCheck %s --check-prefix=NOINPUT --input-file %t/err1
// NOINPUT: {{^}}hstack: error: {{.*}}
//
// RUN: %hstack why --sysroots-dir %t/none abs > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=NOFROM --input-file %t/err2
// NOFROM: {{^}}hstack: error: {{.*}}--from
//
// RUN: %hstack why --sysroots-dir %t/none --from stdio.h > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 0 < %t/out3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=NONAME --input-file %t/err3
// NONAME: {{^}}hstack: error: {{.*}}
