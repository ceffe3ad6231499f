//===- HostDeps.h - The host's third-party headers, without its libc -*- C++ -*-===//
//
// A real package includes its dependencies' headers (zlib.h, curses.h), which
// no libc sysroot holds. hstack layers the host's include dirs after the
// target's, through a file system that hides every file the host's libc,
// kernel headers and libcrypt own (by dpkg's records), so dependencies
// resolve while no host libc header can leak into a target.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_CAPTURE_HOSTDEPS_H
#define HSTACK_CAPTURE_HOSTDEPS_H

#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <set>
#include <string>
#include <vector>

namespace hstack {

struct HostDeps {
  std::vector<std::string> Dirs;   ///< Host include dirs to add (-idirafter).
  std::set<std::string> Hidden;    ///< Files no target may see.
  std::vector<std::string> Owners; ///< The packages whose files are hidden.
  /// What the user should know about the dirs chosen ("" if nothing):
  /// a deps root with several multiarch dirs, none of which is searched.
  std::string Note;

  /// The real file system with `Hidden` files made invisible.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> fileSystem() const;
  /// Driver arguments that append Dirs to the search path.
  std::vector<std::string> args() const;
};

/// Ask dpkg which host files the libc, kernel-header and libcrypt packages
/// own. Errors when dpkg cannot tell (then use --no-host-deps).
llvm::Expected<HostDeps> loadHostDeps();

/// Dependency headers from a target-side sysroot instead of the host: its
/// usr/include and usr/local/include, after its Debian multiarch dir
/// (usr/include/<arch>-linux-<abi>) when it has exactly one.
HostDeps depsFromSysroot(const std::string &Dir);

} // namespace hstack

#endif
