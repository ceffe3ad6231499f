//===- Targets.h - Find, detect and select libc targets -*- C++ -*-===//
//
// Targets come from provisioned sysroots (each carrying hstack-manifest.json)
// and from the user's own --sysroot/--triple pairs. The libc and its version
// are detected from the headers themselves.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_TARGETS_TARGETS_H
#define HSTACK_TARGETS_TARGETS_H

#include "Capture/Capture.h"
#include "Model/Target.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace hstack {

/// A user's own sysroot given on the command line.
struct UserSysroot {
  std::string Dir;
  std::string Triple;
};

struct TargetOptions {
  std::string SysrootsDir;              ///< Where provisioned sysroots live.
  std::vector<UserSysroot> UserSysroots; ///< --sysroot DIR --triple T pairs.
};

/// Default provisioned sysroots dir: $HSTACK_SYSROOTS, else
/// $XDG_CACHE_HOME/hstack/sysroots, else ~/.cache/hstack/sysroots.
std::string defaultSysrootsDir();

/// $XDG_CACHE_HOME/hstack/<Sub>, else ~/.cache/hstack/<Sub>; "" when
/// neither variable is set.
std::string userCacheDir(const std::string &Sub);

/// Read every provisioned manifest under `Dir` (sorted by target name).
/// A missing dir yields no targets; a malformed manifest is an error.
llvm::Expected<std::vector<Target>> loadProvisioned(const std::string &Dir);

/// What the headers say about the libc in a target's sysroot.
struct LibcIdentity {
  std::string Libc;    ///< "glibc", "musl", "uclibc-ng", "uclibc".
  std::string Version; ///< "2.36", "1.0.35"; "unknown" for musl.
};

/// Preprocess the target's <features.h> (or musl's layout) to learn the libc.
/// Errors when the sysroot holds no recognisable libc.
llvm::Expected<LibcIdentity> detectLibc(const Target &T, const Toolchain &TC);

/// Build a target from a user's sysroot, detecting its libc.
llvm::Expected<Target> userTarget(const UserSysroot &U, const Toolchain &TC);

/// All known targets: provisioned ones, then the user's.
llvm::Expected<std::vector<Target>> allTargets(const TargetOptions &Opts,
                                               const Toolchain &TC);

/// Select targets by name, in the order asked; user targets are always
/// selected. With no names and no user targets, `Defaults` are used (those
/// of them that exist). Unknown names are an error listing what exists.
llvm::Expected<std::vector<Target>>
selectTargets(const std::vector<Target> &All,
              const std::vector<std::string> &Names,
              const std::vector<std::string> &Defaults);

} // namespace hstack

#endif
