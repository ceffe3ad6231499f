// NO_COLOR (https://no-color.org) applies to everything hstack prints, not
// only to the findings: with NO_COLOR=1 and stderr on a terminal, the
// `hstack: error:` line carries no colour (SGR, ESC [ ... m) either. The
// progress line's erase-line code (ESC [ K) is not colour and is allowed.
// `script` (util-linux) gives the command a terminal; stdout goes to a file.
//
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: env NO_COLOR=1 script -qec "%hstack lint --sysroots-dir %t/none --sysroot %t/nope --triple x86_64-linux-gnu --no-host-deps %s -- > %t/stdout" /dev/null > %t/tty.err || true
// RUN: FileCheck %s --input-file %t/tty.err
// CHECK: hstack: {{.*}}error: {{.*}}nope
// RUN: %python -c "import re, sys; sys.exit(bool(re.search(rb'\x1b\[[0-9;]*m', open(sys.argv[1], 'rb').read())))" %t/tty.err
