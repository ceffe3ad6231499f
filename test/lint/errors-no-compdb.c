// -p pointing at a directory without compile_commands.json (or at nothing):
// exit 2, nothing on stdout, one `hstack: error:` line naming the file it
// looked for.
//
// RUN: rm -rf %t && mkdir -p %t/build && cd %t
// RUN: %hstack lint --sysroots-dir %t/none --no-host-deps -p build > %t/out 2> %t/err; echo "exit=$?" > %t/rc
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc
// RC: exit=2
// RUN: count 0 < %t/out
// RUN: count 1 < %t/err
// RUN: FileCheck %s --input-file %t/err --match-full-lines
// CHECK: hstack: error: build/compile_commands.json: no such file (expected a compile database from CMake or bear)
//
// RUN: %hstack lint --sysroots-dir %t/none --no-host-deps -p %t/nowhere > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=NOWHERE --input-file %t/err2 -DT=%t --match-full-lines
// NOWHERE: hstack: error: [[T]]/nowhere{{(/compile_commands.json)?}}: no such file {{.*}}
