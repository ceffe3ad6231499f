//===- Diff.cpp - What differs between two sides' stacks and exposure -----===//
#include "Analysis/Diff.h"

#include <algorithm>
#include <map>
#include <set>

namespace hstack {

SideView viewOf(const IncludeTree &Tree) {
  SideView V;
  V.Tree = &Tree;
  std::set<std::string> Seen;
  std::set<std::pair<std::string, std::string>> Edges;
  for (int I = 1; I < static_cast<int>(Tree.Nodes.size()); ++I) {
    const IncludeNode &N = Tree.Nodes[I];
    if (N.Status != IncludeStatus::Entered)
      continue;
    // Each root header counts as reached; edges need a real includer.
    if (Seen.insert(N.Header).second)
      V.Reached.push_back({N.Header, I});
    bool FromSynthetic = Tree.SyntheticRoot && N.Parent == 0;
    if (!FromSynthetic && N.Parent >= 0)
      Edges.insert({Tree.Nodes[N.Parent].Header, N.Header});
  }
  V.Edges.assign(Edges.begin(), Edges.end());
  return V;
}

std::string firstError(const IncludeTree &T) {
  for (const CompilerDiag &D : T.Diags)
    if (D.Level == "error" || D.Level == "fatal error")
      return D.File + ":" + std::to_string(D.Line) + ": " + D.Message;
  return "";
}

/// Names compare by name, namespace and kind: `union sigval` becoming
/// `struct sigval` is a change.
using NameKey = std::tuple<std::string, NameSpace, NameKind>;

static std::map<NameKey, const ExposedName *>
nameMap(const std::vector<ExposedName> &Names, bool Reserved) {
  std::map<NameKey, const ExposedName *> M;
  for (const ExposedName &E : Names)
    if (Reserved || !E.Reserved)
      M.emplace(NameKey{E.Name, nameSpaceOf(E.Kind), E.Kind}, &E);
  return M;
}

HeaderDelta diffSides(const IncludeTree &A, const std::vector<ExposedName> &NA,
                      bool MissingA, const IncludeTree &B,
                      const std::vector<ExposedName> &NB, bool MissingB,
                      bool Reserved) {
  HeaderDelta D;
  if (MissingA && MissingB) {
    D.Presence = HeaderDelta::Neither;
    return D;
  }
  if (MissingA || MissingB) {
    D.Presence = MissingA ? HeaderDelta::OnlyB : HeaderDelta::OnlyA;
    return D;
  }
  D.ErrorA = firstError(A);
  D.ErrorB = firstError(B);
  SideView VA = viewOf(A), VB = viewOf(B);
  std::set<std::string> HA, HB;
  for (auto &[H, N] : VA.Reached)
    HA.insert(H);
  for (auto &[H, N] : VB.Reached)
    HB.insert(H);
  for (auto &[H, N] : VB.Reached)
    if (!HA.count(H))
      D.ReachedAdded.push_back(N);
  for (auto &[H, N] : VA.Reached)
    if (!HB.count(H))
      D.ReachedRemoved.push_back(N);
  std::set<std::pair<std::string, std::string>> EA(VA.Edges.begin(),
                                                   VA.Edges.end()),
      EB(VB.Edges.begin(), VB.Edges.end());
  for (const auto &E : EB)
    D.EdgesAdded += !EA.count(E);
  for (const auto &E : EA)
    D.EdgesRemoved += !EB.count(E);
  auto MA = nameMap(NA, Reserved), MB = nameMap(NB, Reserved);
  for (auto &[K, E] : MB)
    if (!MA.count(K))
      D.NamesAdded.push_back(*E);
  for (auto &[K, E] : MA)
    if (!MB.count(K))
      D.NamesRemoved.push_back(*E);
  return D;
}

} // namespace hstack
