//===- Why.h - How does a header or a name get into a TU -*- C++ -*-===//
#ifndef HSTACK_ANALYSIS_WHY_H
#define HSTACK_ANALYSIS_WHY_H

#include "Model/Declaration.h"
#include "Model/IncludeTree.h"

#include <optional>
#include <string>
#include <vector>

namespace hstack {

/// One way NAME reaches the translation unit.
struct WhyHit {
  std::vector<int> Chain;               ///< Tree nodes from the top down.
  std::optional<Declaration> Decl;      ///< For identifiers: what declares it.
  IncludeStatus Status = IncludeStatus::Entered; ///< For headers.
};

/// Does NAME look like a header name rather than an identifier?
bool isHeaderName(const std::string &Name);

/// Every chain from the top of `Tree` to an inclusion of header `Name`
/// (entered first, then re-inclusions skipped by a guard), in tree order.
std::vector<WhyHit> whyHeader(const IncludeTree &Tree, const std::string &Name);

/// Every declaration or macro definition of identifier `Name`, with its chain.
std::vector<WhyHit> whyIdentifier(const IncludeTree &Tree,
                                  const std::vector<Declaration> &Decls,
                                  const std::string &Name);

} // namespace hstack

#endif
