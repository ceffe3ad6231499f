//===- Finding.h - A lint finding, across targets -*- C++ -*-===//
//
// What `hstack lint` reports: one finding per (check, file, name, context),
// aggregated over all targets, with per-target evidence. No Clang types.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_MODEL_FINDING_H
#define HSTACK_MODEL_FINDING_H

#include <optional>
#include <string>
#include <vector>

namespace hstack {

enum class Severity { Note = 0, Warning = 1, Error = 2 };

const char *severityName(Severity S);
/// "note", "warning" or "error"; anything else is not a severity.
std::optional<Severity> parseSeverity(const std::string &S);

/// One link of an include chain: a header and the line that includes the
/// next (0 for the last link, whose Line is then the declaration's line).
struct ChainLink {
  std::string Header;
  unsigned Line = 0;
};

/// What one target says about a finding.
struct TargetEvidence {
  std::string Target;
  bool Breaks = false;          ///< The file fails to compile there because of it.
  std::vector<ChainLink> Chain; ///< From the main file down; may be empty.
  std::string Note;             ///< One sentence for this target.
};

/// Insert a line of text before line `Line` of the file.
struct FixIt {
  unsigned Line = 0;
  std::string Text;
};

struct Finding {
  std::string Check;
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string Name; ///< The identifier or header the finding is about.
  std::string Message;
  Severity Sev = Severity::Warning;
  /// Fails to compile on some target because of this.
  bool Breaks = false;
  /// False when the finding is the same on every target (it is then not a
  /// portability problem, just a problem).
  bool PortabilitySpecific = true;
  std::vector<std::string> TargetsAffected, TargetsOk;
  std::vector<TargetEvidence> Evidence;
  std::optional<FixIt> Fix;
  /// A configure-time guard around the code: "HAVE_ERROR_H (config.h)".
  std::string ConfigGuard;
  /// Stable key for baselines: the trimmed source line.
  std::string Context;
  /// A missing third-party header: an environment problem, not the libc's.
  bool Environment = false;
};

} // namespace hstack

#endif
