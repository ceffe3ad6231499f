// Colour only on a terminal, and never with NO_COLOR set
// (https://no-color.org): text output piped or redirected carries no escape
// codes; on a terminal it is coloured unless NO_COLOR is set. `script`
// (util-linux) gives the command a terminal.
//
// RUN: rm -rf %t && split-file %s %t && cd %t
// Not a terminal: plain text, no ESC byte anywhere.
// RUN: not %hstack lint --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu \
// RUN:   --no-host-deps a.c -- > %t/pipe.out 2> %t/pipe.err
// RUN: %python -c "import sys; sys.exit(b'\x1b' in open(sys.argv[1], 'rb').read())" %t/pipe.out
// RUN: %python -c "import sys; sys.exit(b'\x1b' in open(sys.argv[1], 'rb').read())" %t/pipe.err
// RUN: FileCheck %s --input-file %t/pipe.out
// CHECK: a.c:2:1: error: <bits/missing.h> is a libc implementation header;{{.*}} [hstack-internal-header]
//
// The same with JSON on a terminal: never coloured.
// RUN: script -qec "%hstack lint --format json --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- 2>/dev/null" /dev/null > %t/tty.json || true
// RUN: %python -c "import sys; sys.exit(b'\x1b' in open(sys.argv[1], 'rb').read())" %t/tty.json
//
// A terminal without NO_COLOR: coloured (so the checks above can see colour
// when there is some).
// RUN: script -qec "%hstack lint --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- 2>/dev/null" /dev/null > %t/tty.out || true
// RUN: %python -c "import sys; sys.exit(b'\x1b[' not in open(sys.argv[1], 'rb').read())" %t/tty.out
//
// A terminal with NO_COLOR=1: no escape codes on stdout.
// RUN: env NO_COLOR=1 script -qec "%hstack lint --sysroots-dir %t/none --sysroot %t/u --triple x86_64-linux-gnu --no-host-deps a.c -- 2>/dev/null" /dev/null > %t/nocolor.out || true
// RUN: %python -c "import sys; sys.exit(b'\x1b' in open(sys.argv[1], 'rb').read())" %t/nocolor.out
// RUN: FileCheck %s --input-file %t/nocolor.out

//--- u/usr/include/features.h
#define __UCLIBC__ 1
#define __UCLIBC_MAJOR__ 1
#define __UCLIBC_MINOR__ 0
#define __UCLIBC_SUBLEVEL__ 45
//--- u/usr/include/stdio.h
int puts(const char *);
//--- a.c
#include <stdio.h>
#include <bits/missing.h>
