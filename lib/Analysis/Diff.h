//===- Diff.h - What differs between two sides' stacks and exposure -*- C++ -*-===//
#ifndef HSTACK_ANALYSIS_DIFF_H
#define HSTACK_ANALYSIS_DIFF_H

#include "Analysis/Exposure.h"
#include "Model/IncludeTree.h"

#include <string>
#include <vector>

namespace hstack {

/// Headers, edges and names of one side, keyed for comparison.
struct SideView {
  const IncludeTree *Tree = nullptr;
  /// Header name -> first node (tree order) that entered it.
  std::vector<std::pair<std::string, int>> Reached;
  /// Distinct (includer, included) header pairs of entered includes.
  std::vector<std::pair<std::string, std::string>> Edges;
};

/// "file:line: message" of the first error in a tree, or "".
std::string firstError(const IncludeTree &T);

/// Build the comparable view of a tree.
SideView viewOf(const IncludeTree &Tree);

/// One header's difference between side A and side B.
struct HeaderDelta {
  enum PresenceT { Both, OnlyA, OnlyB, Neither } Presence = Both;
  std::vector<int> ReachedAdded;   ///< Nodes in B's tree not reached in A.
  std::vector<int> ReachedRemoved; ///< Nodes in A's tree not reached in B.
  size_t EdgesAdded = 0, EdgesRemoved = 0;
  std::vector<ExposedName> NamesAdded;   ///< In B, not in A (B's data).
  std::vector<ExposedName> NamesRemoved; ///< In A, not in B (A's data).
  /// First compiler error on each side (when both sides have the header);
  /// a different error is a difference too.
  std::string ErrorA, ErrorB;

  /// Total size of the change, for sorting summaries.
  size_t weight() const {
    return ReachedAdded.size() + ReachedRemoved.size() + EdgesAdded +
           EdgesRemoved + NamesAdded.size() + NamesRemoved.size();
  }
  /// Anything at all differs, compile errors included.
  bool differs() const {
    return Presence != Both || weight() || ErrorA != ErrorB;
  }
};

/// Compare two sides. `MissingA`/`MissingB` say the header does not exist
/// there; reserved names are compared only when `Reserved` is set.
HeaderDelta diffSides(const IncludeTree &A, const std::vector<ExposedName> &NA,
                      bool MissingA, const IncludeTree &B,
                      const std::vector<ExposedName> &NB, bool MissingB,
                      bool Reserved);

} // namespace hstack

#endif
