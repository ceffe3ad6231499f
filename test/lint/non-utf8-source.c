// Source lines that are not UTF-8 (screen 4.9.0's process.c has a Latin-1
// `/* \xA4 */` on a line with a finding; a package's `#error` can be
// Latin-1 too) reach findings as their context and messages. JSON cannot
// hold those bytes: `--format json`, SARIF, baselines and the result
// cache aborted on them. They are written as <A4>, as clang prints them,
// in every format, and a warm run prints what a cold one did.
//
// DEFINE: %{lint} = env HSTACK_CACHE_DIR=%t/cache %hstack lint --sysroots-dir %t/none \
// DEFINE:   --sysroot %t/g --triple x86_64-linux-gnu --sysroot %t/m --triple x86_64-linux-musl --no-host-deps
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: printf '#include <string.h>\nconst char *f(const char *s)\n{\n\treturn rawmemchr(s, 0); /* \244 */\n}\n' > latin1.c
// RUN: printf '#include <string.h>\n#ifndef __GLIBC__\n#error "nur f\374r glibc"\n#endif\n' > err.c
//
// RUN: not %{lint} latin1.c err.c --format json > %t/cold.json
// RUN: not %{lint} latin1.c err.c --format json > %t/warm.json
// RUN: diff %t/cold.json %t/warm.json
// RUN: %python -c "import json,sys; json.load(open(sys.argv[1]))" %t/cold.json
// RUN: FileCheck %s --check-prefix=JSON --input-file %t/cold.json
// JSON: "note": "#error \"nur f<FC>r glibc\" (musl unknown defines none of __GLIBC__)"
// JSON: "context": "#error \"nur f<FC>r glibc\""
// JSON: "context": "return rawmemchr(s, 0); /* <A4> */"
//
// RUN: not %{lint} latin1.c err.c > %t/text.out
// RUN: FileCheck %s --check-prefix=TEXT --input-file %t/text.out
// TEXT: err.c:3:{{[0-9]+}}: note: musl-unknown:x86_64: breaks: #error "nur f<FC>r glibc"
// TEXT: latin1.c:4:{{[0-9]+}}: error: 'rawmemchr' is not available on musl-unknown:x86_64
//
// RUN: not %{lint} latin1.c err.c --format sarif > %t/out.sarif
// RUN: %python -c "import json,sys; json.load(open(sys.argv[1]))" %t/out.sarif
// RUN: %{lint} latin1.c err.c --write-baseline %t/base.json > /dev/null
// RUN: %{lint} latin1.c err.c --baseline %t/base.json > %t/based.out
// RUN: FileCheck %s --check-prefix=BASED --input-file %t/based.out
// BASED: 0 findings{{.*}}; 2 in baseline

//--- g/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- g/usr/include/string.h
#include <features.h>
void *rawmemchr(const void *, int);
//--- m/usr/include/bits/alltypes.h
//--- m/usr/include/stdio.h
//--- m/usr/include/string.h
