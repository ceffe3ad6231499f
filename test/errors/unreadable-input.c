// Inputs that exist but cannot be read: exit 2, nothing on stdout for a
// file, and one `hstack: error:` line naming the file and the reason.
// chmod 000 does not stop root, so when the test runs as root hstack is run
// as `nobody` (through setpriv, see as-user.sh) for the permission cases.
//
// RUN: rm -rf %t && split-file %s %t
// RUN: chmod -R a+rX %t && chmod 000 %t/secret.c %t/root/usr/include/secret.h
//
// An unreadable source file.
// RUN: sh %t/as-user.sh %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu %t/secret.c \
// RUN:   > %t/out1 2> %t/err1; echo "exit=$?" > %t/rc1
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc1
// RC: exit=2
// RUN: count 0 < %t/out1
// RUN: count 1 < %t/err1
// RUN: FileCheck %s --check-prefix=FILE --input-file %t/err1 --match-full-lines -DT=%t
// FILE: hstack: error: cannot read '[[T]]/secret.c': Permission denied
//
// The same file as `why --from`.
// RUN: sh %t/as-user.sh %hstack why --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu --from %t/secret.c x \
// RUN:   > %t/out2 2> %t/err2; echo "exit=$?" > %t/rc2
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc2
// RUN: count 0 < %t/out2
// RUN: count 1 < %t/err2
// RUN: FileCheck %s --check-prefix=FILE --input-file %t/err2 --match-full-lines -DT=%t
//
// Unreadable for anyone, root included: a directory, and a path through a
// regular file. One error line naming the path.
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu %t/adir \
// RUN:   > %t/out3 2> %t/err3; echo "exit=$?" > %t/rc3
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc3
// RUN: count 1 < %t/err3
// RUN: FileCheck %s --check-prefix=DIR --input-file %t/err3 -DT=%t
// DIR: {{^}}hstack: error: {{.*}}'[[T]]/adir'
// RUN: %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu %t/prog.c/x.c \
// RUN:   > %t/out4 2> %t/err4; echo "exit=$?" > %t/rc4
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc4
// RUN: count 1 < %t/err4
// RUN: FileCheck %s --check-prefix=NOTDIR --input-file %t/err4 -DT=%t
// NOTDIR: {{^}}hstack: error: {{.*}}'[[T]]/prog.c/x.c'
//
// An unreadable top-level header is not "not found": the error says it
// cannot be read, and why.
// RUN: sh %t/as-user.sh %hstack tree --sysroots-dir %t/none --sysroot %t/root --triple x86_64-linux-gnu secret.h \
// RUN:   > %t/out5 2> %t/err5; echo "exit=$?" > %t/rc5
// RUN: FileCheck %s --check-prefix=RC --input-file %t/rc5
// RUN: count 1 < %t/err5
// RUN: FileCheck %s --check-prefix=HDR --input-file %t/err5 -DT=%t
// HDR:     {{^}}hstack: error: {{.*}}secret.h{{.*}}Permission denied
// HDR-NOT: not found

//--- as-user.sh
# Run "$@" as a user that file permissions apply to: as is, or as nobody
# when we are root (root reads chmod 000 files).
if [ "$(id -u)" = 0 ]; then
  exec setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
fi
exec "$@"
//--- secret.c
int secret;
//--- prog.c
int main(void) { return 0; }
//--- adir/keep.c
/* makes adir a directory */
//--- root/usr/include/features.h
#define __GLIBC__ 2
#define __GLIBC_MINOR__ 36
//--- root/usr/include/secret.h
int secret_h;
