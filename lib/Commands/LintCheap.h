//===- LintCheap.h - Proving a target like its lead without parsing -*- C++ -*-===//
//
// The cheap lint path. A file is parsed in full on one "lead" target per
// data model (x86_64 lp64, arm eabi, ...); every other target of that data
// model is only preprocessed (libc headers as directives, from the shared
// cache), and the file is proved to compile there exactly as on the lead:
//
//  - no preprocessor errors, and the package's own code (main file, its
//    headers, dependency headers) takes the same branches and expands the
//    same libc macros into the same identifiers;
//  - every libc declaration the lead's parse saw the package reference is
//    declared on the target too, with the same kind and the same canonical
//    type (tag names erased), and every member used exists;
//  - the target's declarations come from single-header parses ("probes",
//    cached per target, mode and header) and are trusted only when every
//    libc line the file's preprocessing keeps was also kept in a probe;
//  - the package declares or #defines no name the target's libc declares
//    or spells, uses no name the rules know a portability story about, and
//    includes no internal header.
//
// Whatever cannot be proved is parsed in full. The caller re-parses every
// target when the file has any finding at all, so findings always come
// from full parses; the proof only decides which clean files skip them.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_COMMANDS_LINTCHEAP_H
#define HSTACK_COMMANDS_LINTCHEAP_H

#include "Capture/Capture.h"
#include "Commands/LintOracle.h"
#include "Rules/Rules.h"

#include "llvm/ADT/StringMap.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace hstack {

/// Sorted, disjoint, inclusive line ranges.
using LineSet = std::vector<std::pair<unsigned, unsigned>>;

/// One libc header parsed alone on a target in a mode.
struct ProbeFacts {
  bool Ok = false; ///< Parsed without errors.
  struct Decl {
    std::string Name;
    NameKind Kind;
    std::string Path;
    unsigned Line;
    std::string TypeKey, ShapeKey;
    std::vector<std::string> Fields;
    /// Where the record a use may need complete is defined
    /// (Declaration::DefNode); DefLine 0 when it is not.
    std::string DefPath;
    unsigned DefLine = 0;
    std::string Layout;
  };
  std::vector<Decl> Decls;
  /// Name -> indices into Decls.
  llvm::StringMap<std::vector<unsigned>> ByName;
  /// Path -> lines skipped in every entry of that file.
  std::map<std::string, LineSet> Skipped;
};

/// Probes, memoized for the whole run (thread-safe).
class ProbeCache {
public:
  explicit ProbeCache(const Toolchain &TC) : TC(TC) {}
  std::shared_ptr<const ProbeFacts> get(const Target &T,
                                        const std::vector<std::string> &Mode,
                                        const std::string &Header);
  /// How many probes were parsed, and the seconds they took (--stats).
  size_t parsed() const;
  double seconds() const;

private:
  const Toolchain &TC;
  mutable std::mutex M;
  std::map<std::string, std::shared_ptr<const ProbeFacts>> Cache;
  double Seconds = 0; ///< Guarded by M.
};

/// What made earlier proofs on one target fail, as far as it carries over
/// to other files: a package file the preprocessor took through other
/// branches than on the lead (`#ifdef timerclear` in a header every file
/// includes, on musl), a libc macro expanded on one side only. A file
/// whose lead parse shows one of them again would fail the same way, so
/// its proof is not tried. Only time depends on it, never the output (a
/// file not tried is parsed in full). Thread-safe.
class ProofMemo {
public:
  /// Why the proof like this lead would fail as an earlier one did; ""
  /// when nothing learnt says so.
  std::string predict(const CaptureResult &Lead) const;
  /// Learn from a proof of Cheap like Lead that failed.
  void learn(const CaptureResult &Lead, const CaptureResult &Cheap);

private:
  mutable std::mutex M;
  /// Shape entries (packageShape) of the lead the target did not repeat.
  std::set<std::string> Shapes;
  /// Macro names, and identifiers their bodies bring, on one side only.
  std::set<std::string> Macros, Idents;
};

/// Which targets lead: the first target of each data model.
std::vector<int> leadOf(const std::vector<Target> &Ts);

/// The mode the probes run in: the file's flags plus the reserved macros
/// (`_GNU_SOURCE`) its code defines before it first reaches the libc.
std::vector<std::string> probeMode(const CaptureResult &Lead,
                                   const std::vector<std::string> &ModeArgs);

/// Empty when target T (preprocessed: `Cheap`) is proved to compile the
/// file as its lead (parsed: `Lead`) does; else why not.
std::string proveLikeLead(const CaptureResult &Lead, const CaptureResult &Cheap,
                          const Target &T, const std::vector<std::string> &Mode,
                          ProbeCache &Probes, LintOracle &Oracle,
                          const LintRules &Rules);

} // namespace hstack

#endif
