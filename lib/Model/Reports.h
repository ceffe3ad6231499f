//===- Reports.h - What each command computed, per target -*- C++ -*-===//
//
// The data handed from analysis to the renderers. No Clang types.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_MODEL_REPORTS_H
#define HSTACK_MODEL_REPORTS_H

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

} // namespace hstack

#endif
