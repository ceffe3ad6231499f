//===- LintConfig.h - .hstack.yaml, baselines and inline suppressions -*- C++ -*-===//
#ifndef HSTACK_COMMANDS_LINTCONFIG_H
#define HSTACK_COMMANDS_LINTCONFIG_H

#include "Model/Finding.h"

#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hstack {

/// A project's .hstack.yaml, found upward from the sources like .clang-tidy.
struct LintConfig {
  std::string File; ///< Where it was read from ("" when none).
  std::vector<std::string> Targets;
  std::set<std::string> Disabled;               ///< Checks turned off.
  std::map<std::string, Severity> Severities;   ///< Per-check overrides.
  std::string Baseline;                         ///< Relative to File's dir.
  std::optional<Severity> FailOn;
};

/// The nearest .hstack.yaml in Dir or a parent, or "".
std::string findConfig(const std::string &Dir);

/// Parse a config; unknown check names and malformed YAML are errors that
/// name the file.
llvm::Expected<LintConfig> loadConfig(const std::string &File);

/// A finding's baseline identity: check, file, name, context (no line).
struct BaselineKey {
  std::string Check, File, Name, Context;
  bool operator<(const BaselineKey &O) const {
    return std::tie(Check, File, Name, Context) <
           std::tie(O.Check, O.File, O.Name, O.Context);
  }
};

/// The key of a finding in a baseline kept in BaseDir: its file is stored
/// relative to the baseline, so any working directory matches.
BaselineKey baselineKey(const Finding &F, const std::string &BaseDir);

/// Read a baseline written by writeBaseline; anything else is an error.
llvm::Expected<std::set<BaselineKey>> loadBaseline(const std::string &File);
llvm::Error writeBaseline(const std::string &File,
                          const std::vector<Finding> &Findings);

/// Is the finding suppressed by `hstack: ignore(check)` on its line or the
/// line above?
bool suppressed(const Finding &F, const std::vector<std::string> &Lines);

} // namespace hstack

#endif
