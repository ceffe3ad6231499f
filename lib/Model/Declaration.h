//===- Declaration.h - Names a translation unit makes visible -*- C++ -*-===//
//
// Plain records of declarations and macro definitions, tied to the include
// tree node (file instance) they appear in. No Clang types.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_MODEL_DECLARATION_H
#define HSTACK_MODEL_DECLARATION_H

#include <string>
#include <vector>

namespace hstack {

/// What kind of name a declaration introduces.
enum class NameKind {
  Function,
  Variable,
  Typedef,
  Struct,
  Union,
  Enum,
  Enumerator,
  ObjectMacro,
  FunctionMacro,
};

const char *kindName(NameKind K);

/// One declaration or macro definition seen in the translation unit.
struct Declaration {
  std::string Name;
  NameKind Kind = NameKind::Function;
  int Node = -1;     ///< Include tree node (file instance); -1 if built in.
  unsigned Line = 0; ///< Line in that file.
  std::string Text;  ///< The declaration's source text, whitespace folded.
  bool IsDefinition = false;
  /// For macros: still defined at the end of the translation unit (not
  /// #undef'd or redefined later). Always true for declarations.
  bool Live = true;
};

/// Is Name in the implementation's reserved namespace (_X..., __x...)?
bool isReservedName(const std::string &Name);

/// The namespace a name lives in: tags, macros, or ordinary identifiers.
enum class NameSpace { Ordinary, Tag, Macro };
NameSpace nameSpaceOf(NameKind K);

} // namespace hstack

#endif
