//===- Exposure.h - The names a set of headers makes visible -*- C++ -*-===//
#ifndef HSTACK_ANALYSIS_EXPOSURE_H
#define HSTACK_ANALYSIS_EXPOSURE_H

#include "Model/Declaration.h"
#include "Model/IncludeTree.h"
#include "Rules/Rules.h"

#include <string>
#include <vector>

namespace hstack {

/// One identifier visible to user code after the includes.
struct ExposedName {
  std::string Name;
  NameKind Kind = NameKind::Function;
  int Node = -1;     ///< Where it is (first) declared, or defined for macros.
  unsigned Line = 0;
  std::string Text;
  bool Reserved = false;
  /// The nearest header on the chain, from the declaring one upward, that is
  /// neither internal nor kernel: where a reader would look the name up.
  int Home = -1;
  /// Tags only: the home of the header that defines it (a complete type),
  /// -1 when no header of the parse does (musl's `struct _IO_FILE`: FILE
  /// is declared, never defined, so its size and members are private).
  int DefinedHome = -1;
};

/// Every name the tree's headers make visible, one per (name, namespace):
/// the first declaration of each, and each macro still defined at the end.
/// Names declared in a main file itself are not exposure. Sorted by name,
/// then namespace (ordinary, tag, macro).
std::vector<ExposedName> computeExposure(const IncludeTree &Tree,
                                         const std::vector<Declaration> &Decls,
                                         const HeaderRules &Rules);

/// The nearest public header from Node up to the top of its chain, passing
/// over internal and kernel headers and partial (__need_*) includes.
int homeOf(const IncludeTree &Tree, int Node, const HeaderRules &Rules);

} // namespace hstack

#endif
