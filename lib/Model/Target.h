//===- Target.h - A libc target: sysroot, triple, libc identity -*- C++ -*-===//
//
// Plain data describing one target hstack preprocesses for. Knows nothing of
// Clang; the capture layer turns it into a compiler invocation.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_MODEL_TARGET_H
#define HSTACK_MODEL_TARGET_H

#include <string>
#include <vector>

namespace hstack {

/// One preprocessing target: a libc's headers for one arch and ABI.
struct Target {
  std::string Name;    ///< Short predictable name, e.g. "glibc:mips64el-n32".
  std::string Libc;    ///< "glibc", "musl", "uclibc-ng" or "uclibc".
  std::string Version; ///< Detected from the headers where they tell.
  std::string Arch;    ///< Architecture label, e.g. "x86_64", "mips64el".
  std::string Abi;     ///< ABI label, e.g. "n32"; empty when the arch has one.
  std::string Triple;  ///< Clang target triple.
  std::string Sysroot; ///< Absolute path of the sysroot.
  /// Extra driver arguments the target needs (e.g. a float ABI).
  std::vector<std::string> CFlags;
  /// How the sysroot came to be: "provisioned" (manifest) or "user".
  std::string Origin;
  /// Where the facts came from (manifest's made_by, or "--sysroot").
  std::string MadeBy;
};

} // namespace hstack

#endif
