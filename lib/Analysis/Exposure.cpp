//===- Exposure.cpp - The names a set of headers makes visible ------------===//
#include "Analysis/Exposure.h"

#include <algorithm>
#include <map>

namespace hstack {

int homeOf(const IncludeTree &Tree, int Node, const HeaderRules &Rules) {
  std::vector<int> Chain = Tree.chain(Node);
  for (auto It = Chain.rbegin(); It != Chain.rend(); ++It) {
    const IncludeNode &N = Tree.Nodes[*It];
    // A header included with __need_X set gives its includer just X: the
    // name then belongs to the includer (stdio.h's size_t, not stddef.h's).
    bool Partial = !N.Needs.empty() && std::next(It) != Chain.rend();
    if (N.Origin != HeaderOrigin::Main && !Partial &&
        Rules.classify(N.Header) == HeaderClass::Public)
      return *It;
  }
  return Chain.empty() ? Node : Chain.front();
}

std::vector<ExposedName> computeExposure(const IncludeTree &Tree,
                                         const std::vector<Declaration> &Decls,
                                         const HeaderRules &Rules) {
  std::map<std::pair<std::string, NameSpace>, ExposedName> ByKey;
  for (const Declaration &D : Decls) {
    if (D.Node < 0 || !D.Live)
      continue;
    if (Tree.Nodes[D.Node].Origin == HeaderOrigin::Main)
      continue; // The user's own file declares it: not exposure.
    auto Key = std::make_pair(D.Name, nameSpaceOf(D.Kind));
    auto It = ByKey.find(Key);
    bool TagDef = D.IsDefinition && nameSpaceOf(D.Kind) == NameSpace::Tag;
    // Macros: the live definition wins; declarations: the first one (a
    // tag's definition is noted on it, wherever it comes).
    if (It != ByKey.end() && nameSpaceOf(D.Kind) != NameSpace::Macro) {
      if (TagDef && It->second.DefinedHome < 0)
        It->second.DefinedHome = homeOf(Tree, D.Node, Rules);
      continue;
    }
    ExposedName E;
    E.Name = D.Name;
    E.Kind = D.Kind;
    E.Node = D.Node;
    E.Line = D.Line;
    E.Text = D.Text;
    E.Reserved = isReservedName(D.Name);
    E.Home = homeOf(Tree, D.Node, Rules);
    if (TagDef)
      E.DefinedHome = E.Home;
    ByKey[Key] = std::move(E);
  }
  std::vector<ExposedName> Out;
  Out.reserve(ByKey.size());
  for (auto &[K, E] : ByKey)
    Out.push_back(std::move(E));
  return Out;
}

} // namespace hstack
