//===- CompileCommands.h - Compile commands, re-targeted per libc -*- C++ -*-===//
//
// Reads a compile_commands.json (never executing anything) and turns each
// entry into the arguments hstack hands to the driver for a target: the
// package's own -I, -D, -U, -std, -include, -f and -O stay; output,
// dependency, target, sysroot, -m, warning and linker flags go, and so do
// include paths into the host's system headers (they would leak the host
// libc into the target).
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_CAPTURE_COMPILECOMMANDS_H
#define HSTACK_CAPTURE_COMPILECOMMANDS_H

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace hstack {

/// One translation unit to lint.
struct CompileJob {
  std::string File;                 ///< Absolute path of the source.
  std::string Directory;            ///< Working directory of the command.
  std::vector<std::string> Args;    ///< Re-targetable arguments (no file).
  std::vector<std::string> ModeArgs; ///< The -D/-U/-std/-include subset.
  bool IsCxx = false;
  /// Assembler run through the preprocessor (`.S`, `-x assembler-with-cpp`):
  /// the compiler only preprocesses it, so hstack does too.
  bool IsAsm = false;
  /// Plain assembler (`.s`, `-x assembler`): no preprocessor, no header.
  bool IsRawAsm = false;
};

/// Load `BuildDir/compile_commands.json` (or a path to the file itself).
/// With `Files` non-empty, only their entries (an unknown file is an error).
llvm::Expected<std::vector<CompileJob>>
loadCompileCommands(const std::string &BuildDir,
                    const std::vector<std::string> &Files);

/// Jobs for files given on the command line with flags after `--`.
llvm::Expected<std::vector<CompileJob>>
jobsFromFlags(const std::vector<std::string> &Files,
              const std::vector<std::string> &Flags);

/// Re-targetable arguments from a raw compiler command line (argv[0]
/// included), with relative paths made absolute against Directory.
CompileJob adjustCommand(const std::vector<std::string> &CommandLine,
                         const std::string &Directory,
                         const std::string &File);

} // namespace hstack

#endif
