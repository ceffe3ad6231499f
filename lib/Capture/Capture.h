//===- Capture.h - Run Clang's preprocessor/parser for one target -*- C++ -*-===//
//
// The capture stage. Pipeline of hstack, one function per arrow:
//
//   Target + input --capture()--> CaptureResult (IncludeTree, Declarations)
//                                      |
//                         analysis (why, exposure, diff, checks)
//                                      |
//                                  render (text, JSON, DOT)
//
// Only this layer (lib/Capture) includes Clang headers.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_CAPTURE_CAPTURE_H
#define HSTACK_CAPTURE_CAPTURE_H

#include "Model/Declaration.h"
#include "Model/IncludeTree.h"
#include "Model/Target.h"
#include "Model/Use.h"

#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hstack {

class DirectiveCache;
class InvocationCache;
class BlankedFiles;
class LineTables;
class FileContentCache;
class FileManagerPool;

/// Where Clang itself lives, shared by all jobs: immutable settings plus the
/// thread-safe directive cache (the service half of a service/worker split).
struct Toolchain {
  std::string ClangPath;   ///< argv[0] for the driver.
  std::string ResourceDir; ///< Clang's builtin headers live in <this>/include.
  /// Directive-only views of headers for preprocessing-only jobs; null to
  /// lex everything in full.
  std::shared_ptr<DirectiveCache> Directives;
  /// Driver results reused across jobs with the same arguments.
  std::shared_ptr<InvocationCache> Invocations;
  /// Blanked (directive-only, every conditional kept) views of headers.
  std::shared_ptr<BlankedFiles> Blanked;
  /// Contents and stats of sysroot and resource-dir files, read once.
  std::shared_ptr<FileContentCache> Files;
  /// Per-thread file managers for jobs on files (null: one per job).
  std::shared_ptr<FileManagerPool> FileManagers;
  /// Line tables of the two caches' texts, shared by every job (null: each
  /// parse builds its own).
  std::shared_ptr<LineTables> Lines;

  /// The toolchain compiled in, overridden by HSTACK_RESOURCE_DIR/HSTACK_CLANG.
  static Toolchain fromEnvironment();
  /// A clear error if the resource dir has no builtin headers.
  llvm::Error validate() const;
};

/// What to process: a file on disk, or a header name resolved through the
/// target's include path (wrapped in a synthetic `#include <name>`), or
/// a synthetic main file given as text.
struct Input {
  enum KindT { File, Header, Text } Kind = Header;
  std::string Value; ///< Path, header name, or source text.
  std::string label() const;
};

struct CaptureRequest {
  const Target *T = nullptr;
  Input In;
  std::vector<std::string> ExtraArgs; ///< Clang arguments after `--`.
  bool FullParse = false;             ///< Run Sema and collect declarations.
  bool CollectMacros = false;         ///< Record #define directives.
  std::vector<std::string> ProbeMacros; ///< Macro values to read at the end.
  /// Lint facts: uses, intrusions, main conditionals (needs
  /// FullParse for declaration uses).
  bool CollectLintFacts = false;
  /// The file system to read through (e.g. the host-deps overlay, which
  /// hides the host libc); null means the real one.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS;
  /// Where dependency headers come from (their origin is Dependency).
  std::vector<std::string> DependencyDirs;
  /// Fill Declaration::TypeKey/Fields (FullParse).
  bool CollectTypeKeys = false;
  /// Fill CaptureResult::Refs: with FullParse, everything; preprocessing
  /// only, the macro parts. Package files are then lexed in full even when
  /// preprocessing only (the directive cache serves the libc's files).
  bool CollectPackageRefs = false;
  /// FullParse: parse function bodies only as balanced braces (Clang's
  /// -skip-function-bodies). Every file-scope declaration and macro is
  /// still recorded; what bodies would diagnose is not. For questions
  /// about what headers declare, never for a package's own code.
  bool SkipFunctionBodies = false;
  /// Drop the ExtraArgs the driver rejects for this target as unsupported
  /// there (a compile database made for the host carries x86-only
  /// hardening such as -fzero-call-used-regs=all; configure on the target
  /// would not have added it). The target's own flags are never dropped.
  bool DropTargetRejected = false;
};

struct CaptureResult {
  IncludeTree Tree;
  std::vector<Declaration> Decls; ///< Declarations then macros, in TU order.
  /// Values of ProbeMacros that were defined at the end of the TU.
  std::map<std::string, std::string> Macros;
  std::vector<std::string> IncludeDirs; ///< The search path clang used.
  /// Every include directory asked for (-I, -isystem, the driver's ones),
  /// those that do not exist too (clang leaves them out of the search
  /// path, but a header created there later would be found).
  std::vector<std::string> RequestedDirs;
  std::vector<NameUse> Uses;            ///< Declarations, then macros.
  std::vector<MacroIntrusion> Intrusions;
  std::vector<MainConditional> MainConds;
  std::vector<SizeClaim> SizeClaims;
  PackageRefs Refs;
};

/// Preprocess (or parse) one input for one target. Returns an error only
/// when the job could not run at all (bad arguments, unreadable main file);
/// compiler errors inside the TU are recorded in Tree.Diags.
llvm::Expected<CaptureResult> capture(const CaptureRequest &Req,
                                      const Toolchain &TC);

/// The driver arguments used for a request (also what the differential
/// tests hand to clang-19 itself).
std::vector<std::string> driverArgs(const CaptureRequest &Req,
                                    const Toolchain &TC,
                                    const std::string &MainFile);

} // namespace hstack

#endif
