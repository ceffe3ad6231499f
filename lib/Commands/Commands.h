//===- Commands.h - One function per hstack subcommand -*- C++ -*-===//
//
// Each subcommand takes an options struct, computes its reports through the
// pipeline (capture -> model -> analysis), renders them, and returns the
// process exit code or an llvm::Error for bad input (exit code 2).
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_COMMANDS_COMMANDS_H
#define HSTACK_COMMANDS_COMMANDS_H

#include "Capture/Capture.h"
#include "Model/Reports.h"
#include "Model/Finding.h"
#include "Rules/Rules.h"
#include "Targets/Targets.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <string>
#include <vector>

namespace hstack {

/// Options every subcommand shares.
struct CommonOptions {
  std::vector<std::string> TargetNames; ///< --target, in order.
  TargetOptions Targets;                ///< Sysroots dir, --sysroot pairs.
  std::vector<std::string> ClangArgs;   ///< After `--`.
  unsigned Jobs = 0;                    ///< 0 = one per core.
  std::string Format = "text";
  Toolchain TC;
  std::string RulesDir; ///< Where rules/*.yaml live.
};

struct TreeOptions {
  CommonOptions Common;
  std::vector<std::string> Inputs; ///< Header names or files.
};

struct WhyOptions {
  CommonOptions Common;
  std::string From; ///< Header name or file.
  std::string Name; ///< Header or identifier.
};

struct ExposureOptions {
  CommonOptions Common;
  std::vector<std::string> Headers;
  bool Strict = false;       ///< Strict C11 + POSIX 2008 mode, no _GNU_SOURCE.
  bool ShowReserved = false; ///< List reserved names (_X, __x) too.
};

struct DiffOptions {
  CommonOptions Common;
  std::vector<std::string> Headers;
  std::string BeforeSysroot, AfterSysroot, Triple; ///< A header-commit check.
  std::vector<std::string> Modes; ///< Two modes on one target.
  bool AllHeaders = false;        ///< Every public header either side has.
  bool Strict = false;
  bool ShowReserved = false;
};

struct LintOptions {
  CommonOptions Common;
  std::string BuildDir;              ///< -p: where compile_commands.json is.
  std::vector<std::string> Files;    ///< Restrict to these (or lint these).
  std::string ConfigFile;            ///< --config; else .hstack.yaml upward.
  std::vector<std::string> Checks;   ///< --checks; empty = all enabled.
  std::string FailOn;                ///< note|warning|error; "" = config/error.
  std::string Baseline, WriteBaseline;
  std::string DepsSysroot;           ///< Dependency headers of a real target.
  bool NoHostDeps = false;
  bool Color = false;                ///< Colour the text output.
  bool Progress = false;             ///< A progress line on stderr.
  /// Parse once per data model and prove the other targets like their
  /// lead by preprocessing (LintCheap.h); the default parses everywhere.
  bool Cheap = false;
  /// Print how each file x target pair was decided, on stderr.
  bool Stats = false;
  /// Lint every file again: do not reuse an earlier run's findings for
  /// unchanged files (ResultCache.h); new ones are still stored.
  bool Fresh = false;
};

/// What a lint run found, after suppressions and the baseline.
struct LintReport {
  std::vector<Finding> Findings;
  std::vector<std::string> TargetNames;
  size_t Files = 0;
  std::vector<std::pair<std::string, std::string>> Skipped; ///< file, why.
  std::vector<std::string> InputErrors; ///< Files that could not be linted.
  size_t Suppressed = 0, Baselined = 0;
  Severity FailOn = Severity::Error;
  /// Per linted file, the targets it fails to compile on (as predicted,
  /// before suppressions): the TU-level answer CI and oracles compare.
  std::vector<std::pair<std::string, std::vector<std::string>>> BreaksOn;
  /// How the file x target pairs were decided: parsed in full; proved by
  /// preprocessing; proved but parsed again because the file had findings.
  size_t FullParses = 0, Proved = 0, Reparsed = 0;
  /// Files whose findings came from an earlier run (nothing they read
  /// changed).
  size_t Reused = 0;
  /// Seconds in full parses, preprocessing, proofs and checks (summed
  /// over threads; --stats only, never rendered).
  double PhaseSec[4] = {0, 0, 0, 0};
  /// --cheap: single-header parses for the proofs, and their seconds
  /// (part of the proofs' share).
  size_t Probes = 0;
  double ProbeSec = 0;
  /// Why the cheap path gave up, with counts (for --stats).
  std::map<std::string, size_t> Unproved;
};

/// The arguments that make "strict" mode: C11 and POSIX.1-2008, nothing GNU.
std::vector<std::string> strictModeArgs();

/// Exit codes shared by all subcommands.
enum ExitCode : int { ExitOk = 0, ExitFindings = 1, ExitUsage = 2 };

/// Print one `hstack: error:` line per report that could not be computed
/// on its target (e.g. the header does not exist there); the exit code.
template <typename ReportT>
int reportErrors(const std::vector<ReportT> &Rs) {
  int Exit = ExitOk;
  for (const ReportT &R : Rs)
    if (!R.Error.empty()) {
      llvm::WithColor::error(llvm::errs(), "hstack") << R.Error << '\n';
      Exit = ExitUsage;
    }
  return Exit;
}

/// The targets used when none is named: every libc on the host's arch.
std::vector<std::string> defaultTargetNames();

/// A command-line argument as an input: an existing file, else a header
/// name. A directory is an error.
llvm::Expected<Input> classifyInput(const std::string &Arg);

/// Why the input at the top of a tree could not be read on target T, or ""
/// when it could: "not found", or the compiler's own reason (permissions).
std::string topInputError(const IncludeTree &Tree, const Input &In,
                          const Target &T);

llvm::Expected<int> runTargets(const CommonOptions &O, llvm::raw_ostream &OS);

/// Compute one tree per (target, input), in target-major order.
llvm::Expected<std::vector<TreeReport>> computeTrees(const TreeOptions &O);
llvm::Expected<int> runTree(const TreeOptions &O, llvm::raw_ostream &OS);

llvm::Expected<std::vector<WhyReport>> computeWhy(const WhyOptions &O);
llvm::Expected<int> runWhy(const WhyOptions &O, llvm::raw_ostream &OS);

llvm::Expected<std::vector<ExposureReport>>
computeExposures(const ExposureOptions &O);
llvm::Expected<int> runExposure(const ExposureOptions &O, llvm::raw_ostream &OS);

/// One report per comparison: the first side against each other side.
llvm::Expected<std::vector<DiffReport>> computeDiff(const DiffOptions &O);
llvm::Expected<int> runDiff(const DiffOptions &O, llvm::raw_ostream &OS);

/// Every public header (by rules/headers.yaml) in T's sysroot include dirs,
/// mapped to its path. Nested include dirs are walked on their own.
llvm::Expected<std::map<std::string, std::string>>
publicHeaderFiles(const Target &T, const std::vector<std::string> &Args,
                  const Toolchain &TC, const HeaderRules &R);

llvm::Expected<LintReport> computeLint(const LintOptions &O);
llvm::Expected<int> runLint(const LintOptions &O, llvm::raw_ostream &OS);

/// Resolve the options' targets (validating the toolchain first).
llvm::Expected<std::vector<Target>> resolveTargets(const CommonOptions &O);

/// Parse one TU that includes `Headers` for `T` with `Args`, and compute
/// what it exposes. Compiler errors are kept in the tree's diagnostics.
/// NamesOnly skips function bodies: the same names and homes, faster, but
/// errors inside inline functions go unreported (for the lint oracle).
llvm::Expected<ExposureReport> exposeHeaders(const Target &T,
                                             const std::vector<std::string> &Headers,
                                             const std::vector<std::string> &Args,
                                             const Toolchain &TC,
                                             const HeaderRules &Rules,
                                             bool NamesOnly = false);

} // namespace hstack

#endif
