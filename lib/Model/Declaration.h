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
  /// For the main file's macros: the file #undef'd the name before this
  /// definition, replacing on purpose whatever the headers made of it
  /// (gnulib's `#undef getc` / `#define getc getc_unlocked`).
  bool Replaces = false;
  /// Only when asked for (the cheap lint path compares them across
  /// targets): the canonical type with tag names erased ("int (struct *,
  /// unsigned long)") for functions, variables and typedefs; the member
  /// names for structs and unions.
  std::string TypeKey;
  /// What a use can tell apart: the kind of each type (integer, floating,
  /// pointer, struct, ...) and, for functions, of the result and each
  /// parameter, plus "..." ("I(P,I,...)" for ioctl on every libc).
  std::string ShapeKey;
  std::vector<std::string> Fields;
  /// Also only when asked for: the struct or union the name stands for
  /// (heldRecord(): the tag itself, or the one its type holds through
  /// pointers, arrays and function results) is defined at this node and
  /// line; -1 when it is not (incomplete) or there is no such record.
  int DefNode = -1;
  unsigned DefLine = 0;
  std::string Layout; ///< That record's layoutOf() when defined.
};

/// Is Name in the implementation's reserved namespace (_X..., __x...)?
bool isReservedName(const std::string &Name);

/// The namespace a name lives in: tags, macros, or ordinary identifiers.
enum class NameSpace { Ordinary, Tag, Macro };
NameSpace nameSpaceOf(NameKind K);

/// "N:name": a name qualified by its namespace, as a map key.
std::string nameKey(NameSpace NS, const std::string &Name);
/// The name part of a nameKey().
std::string nameOfKey(const std::string &Key);

/// The -D flag an object-like macro's #define amounts to ("#define X 1"
/// -> "-DX=1", "#define X" -> "-DX").
std::string defineFlag(const Declaration &Macro);

} // namespace hstack

#endif
