//===- Check.h - The lint check interface and what checks see -*- C++ -*-===//
//
// A check is one class in one file (lib/Analysis/Checks/<Name>.cpp), with a
// doc page docs/checks/<name>.md and a lit test test/lint/<name>.c; it is
// registered by one line in Checks.cpp. Checks read the facts captured for
// one file on every target and return findings; they print nothing.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_ANALYSIS_CHECKS_CHECK_H
#define HSTACK_ANALYSIS_CHECKS_CHECK_H

#include "Analysis/Exposure.h"
#include "Model/Declaration.h"
#include "Model/Finding.h"
#include "Model/IncludeTree.h"
#include "Model/Target.h"
#include "Model/Use.h"
#include "Rules/Rules.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hstack {

/// Everything captured for one file on one target. The facts are held by
/// reference: a target proved like its lead (LintCheap.h) shares the
/// lead's, so nothing is copied.
struct TargetFacts {
  TargetFacts(const Target *T, const IncludeTree &Tree,
              const std::vector<Declaration> &Decls,
              const std::vector<NameUse> &Uses,
              const std::vector<MacroIntrusion> &Intrusions,
              const std::vector<MainConditional> &MainConds,
              const std::vector<SizeClaim> &SizeClaims)
      : T(T), Tree(Tree), Decls(Decls), Uses(Uses), Intrusions(Intrusions),
        MainConds(MainConds), SizeClaims(SizeClaims) {}
  /// A target the file is not analysed on.
  static TargetFacts skipped(const Target *T, std::string Reason);

  const Target *T = nullptr;
  const IncludeTree &Tree;
  const std::vector<Declaration> &Decls; ///< Declarations and #defines, all files.
  const std::vector<NameUse> &Uses;
  const std::vector<MacroIntrusion> &Intrusions;
  const std::vector<MainConditional> &MainConds;
  const std::vector<SizeClaim> &SizeClaims;
  bool Skipped = false;              ///< Not analysed (reason in SkipReason).
  std::string SkipReason;
};

/// Everything captured for one file.
struct FileFacts {
  std::string File;                     ///< As the user named it.
  std::vector<std::string> Lines;       ///< The source, for context.
  /// The source has #line directives or line markers (bison's output):
  /// the presumed lines of findings and errors do not index Lines.
  bool LineDirectives = false;
  std::vector<std::string> ModeArgs;    ///< The file's -D/-U/-std flags.
  std::vector<TargetFacts> Targets;
  /// usedNames() of this file, computed once for all checks.
  mutable std::shared_ptr<const std::vector<struct UsedName>> UsedCache;
};

/// Answers questions that need more compiling than the file's own parse:
/// implemented by the command layer (which can run Clang), memoized.
class HeaderOracle {
public:
  virtual ~HeaderOracle() = default;
  /// Does including `Header` alone, in the file's mode plus `ExtraArgs`,
  /// expose `Name` (in its namespace) on target T?
  /// With Complete (a tag the code needs complete), only a header that
  /// defines it counts: musl's <stdio.h> declares `struct _IO_FILE` and
  /// defines it nowhere.
  bool exposes(const Target &T, const std::vector<std::string> &Mode,
               const std::string &Header, const std::string &Name,
               NameSpace NS, bool Complete = false) {
    return home(T, Mode, Header, Name, NS, Complete).has_value();
  }
  /// When it does: the name's home header in that parse (the header that
  /// declares it, rather than stacking it in; with Complete, the one that
  /// defines it), else nullopt.
  virtual std::optional<std::string>
  home(const Target &T, const std::vector<std::string> &Mode,
       const std::string &Header, const std::string &Name, NameSpace NS,
       bool Complete) = 0;
  /// Public headers of T whose text mentions `Name` (cheap prefilter).
  virtual std::vector<std::string> mentioning(const Target &T,
                                              const std::string &Name) = 0;
  /// Public headers of T that `#include <Header>` directly.
  virtual std::vector<std::string> includersOf(const Target &T,
                                               const std::string &Header) = 0;
  /// Does Header exist in T's sysroot include dirs?
  virtual bool headerExists(const Target &T, const std::string &Header) = 0;
};

/// What every check gets.
struct CheckContext {
  const LintRules &Rules;
  HeaderOracle &Oracle;
};

class Check {
public:
  virtual ~Check() = default;
  /// Append findings for one file.
  virtual void run(const CheckContext &Ctx, const FileFacts &F,
                   std::vector<Finding> &Out) = 0;
};

/// The registry: every check's name, in a stable order.
const std::vector<std::string> &checkNames();
/// A fresh instance of the named check, or null.
std::unique_ptr<Check> makeCheck(const std::string &Name);

} // namespace hstack

#endif
