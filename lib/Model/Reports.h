//===- Reports.h - What each command computed, per target -*- C++ -*-===//
//
// The data handed from analysis to the renderers. No Clang types.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_MODEL_REPORTS_H
#define HSTACK_MODEL_REPORTS_H

#include "Analysis/Diff.h"
#include "Analysis/Exposure.h"
#include "Analysis/Why.h"
#include "Model/IncludeTree.h"
#include "Model/Target.h"

#include <string>
#include <vector>

namespace hstack {

/// The include tree of one input on one target.
struct TreeReport {
  Target T;
  std::string Input;
  IncludeTree Tree;
  /// Set when the input itself could not be processed on this target
  /// (e.g. the header does not exist there); Tree is then empty.
  std::string Error;
};

/// The answer to "how does NAME get into FROM" on one target.
struct WhyReport {
  Target T;
  std::string From;
  std::string Name;
  bool IsHeader = false;
  IncludeTree Tree;
  std::vector<WhyHit> Hits;
  std::string Error;
};

/// The names some headers expose on one target in one mode.
struct ExposureReport {
  Target T;
  std::string Input; ///< The headers, space-separated.
  std::vector<std::string> Mode; ///< Clang arguments that set the mode.
  IncludeTree Tree;
  std::vector<ExposedName> Names;
  std::string Error;
};

/// One side of a diff: a target in a mode.
struct DiffSide {
  std::string Label; ///< How output names this side (target name, or before:/after:).
  Target T;
  std::vector<std::string> Args; ///< Clang arguments (the mode).
};

/// One header compared between two sides.
struct HeaderComparison {
  std::string Header;
  ExposureReport A, B;
  bool MissingA = false, MissingB = false;
  HeaderDelta Delta;
};

/// Side A against side B over some headers.
struct DiffReport {
  DiffSide A, B;
  bool AllHeaders = false;
  bool Reserved = false;
  std::vector<HeaderComparison> Headers;
};

} // namespace hstack

#endif
