//===- Reports.h - What each command computed, per target -*- C++ -*-===//
//
// The data handed from analysis to the renderers. No Clang types.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_MODEL_REPORTS_H
#define HSTACK_MODEL_REPORTS_H

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

} // namespace hstack

#endif
