//===- Why.cpp - How does a header or a name get into a TU ----------------===//
#include "Analysis/Why.h"

#include <algorithm>

namespace hstack {

/// Strip <> or "" if the user typed the header as spelled.
static std::string bareHeader(std::string N) {
  if (N.size() >= 2 && ((N.front() == '<' && N.back() == '>') ||
                        (N.front() == '"' && N.back() == '"')))
    N = N.substr(1, N.size() - 2);
  return N;
}

bool isHeaderName(const std::string &Spelled) {
  if (!Spelled.empty() && (Spelled.front() == '<' || Spelled.front() == '"'))
    return true;
  std::string Name = bareHeader(Spelled);
  if (Name.find('/') != std::string::npos)
    return true;
  for (const char *Ext : {".h", ".hh", ".hpp", ".hxx", ".def", ".inc"}) {
    std::string E(Ext);
    if (Name.size() > E.size() &&
        Name.compare(Name.size() - E.size(), E.size(), E) == 0)
      return true;
  }
  return false;
}

std::vector<WhyHit> whyHeader(const IncludeTree &Tree, const std::string &Name) {
  std::string H = bareHeader(Name);
  std::vector<WhyHit> Entered, Skipped;
  int Top = Tree.top();
  for (int I = 0; I < static_cast<int>(Tree.Nodes.size()); ++I) {
    const IncludeNode &N = Tree.Nodes[I];
    if (I == Top || N.Parent < 0 || N.Header != H ||
        N.Status == IncludeStatus::Missing)
      continue;
    // Only nodes under the top (not siblings of a synthetic root).
    std::vector<int> Chain = Tree.chain(I);
    if (Chain.empty() || Chain.front() != Top)
      continue;
    WhyHit Hit{std::move(Chain), std::nullopt, N.Status};
    (N.Status == IncludeStatus::Entered ? Entered : Skipped)
        .push_back(std::move(Hit));
  }
  Entered.insert(Entered.end(), Skipped.begin(), Skipped.end());
  return Entered;
}

std::vector<WhyHit> whyIdentifier(const IncludeTree &Tree,
                                  const std::vector<Declaration> &Decls,
                                  const std::string &Name) {
  std::vector<WhyHit> Hits;
  for (const Declaration &D : Decls) {
    if (D.Name != Name || D.Node < 0)
      continue;
    Hits.push_back({Tree.chain(D.Node), D, IncludeStatus::Entered});
  }
  // Tree order, then line: a stable, readable order.
  std::stable_sort(Hits.begin(), Hits.end(), [](const WhyHit &A, const WhyHit &B) {
    if (A.Decl->Node != B.Decl->Node)
      return A.Decl->Node < B.Decl->Node;
    return A.Decl->Line < B.Decl->Line;
  });
  return Hits;
}

} // namespace hstack
