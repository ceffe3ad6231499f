//===- Use.h - What a main file uses and where it is conditional -*- C++ -*-===//
//
// Plain records the lint checks stand on: names the main file refers to,
// main-file macros that expand inside headers, and the main file's
// conditional blocks. No Clang types.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_MODEL_USE_H
#define HSTACK_MODEL_USE_H

#include "Model/Declaration.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace hstack {

/// A reference from the main file to a name declared elsewhere, or from
/// one of the package's own headers to a libc macro.
struct NameUse {
  std::string Name;
  NameKind Kind = NameKind::Function;
  int UseNode = 0;               ///< Where: 0 the main file, else a header.
  unsigned Line = 0, Column = 0; ///< In UseNode.
  int DeclNode = -1;             ///< Where the referenced declaration is.
  unsigned DeclLine = 0;
};

/// A macro defined in the main file that expanded inside a header.
struct MacroIntrusion {
  std::string Macro;
  unsigned DefLine = 0; ///< Its #define in the main file.
  int Node = -1;        ///< The header it expanded in.
  unsigned Line = 0;    ///< Where in that header.
};

/// A package macro that states a type's size as configure measured it on
/// the build host (`#define SIZEOF_LONG 8`, autoconf's AC_CHECK_SIZEOF and
/// CMake's check_type_size), with that type's size on the target.
struct SizeClaim {
  std::string Macro;
  std::string Type; ///< The type it names: "long", "off_t", "void *".
  int Node = 0;     ///< Where the #define is.
  unsigned Line = 0;
  unsigned long long Claimed = 0;
  long long Actual = -1; ///< Bytes on the target; -1: not declared there.
  /// The type is declared by the package's code or a dependency's header
  /// (a struct, union or typedef of its own), not by the libc or the
  /// compiler. Its size macro may be a hand-written constant as well as
  /// configure's measurement.
  bool PackageType = false;
};

/// One branch of a conditional block in the package's own code: the main
/// file or one of the package's headers.
struct MainConditional {
  int Node = 0; ///< The file's include node: 0 for the main file.
  unsigned Begin = 0, End = 0; ///< Lines, inclusive.
  std::string Text;            ///< "#ifdef HAVE_ERROR_H", "#else of ...".
  /// A macro the condition tests, and where it was (last) defined.
  struct Macro {
    std::string Name;
    std::string Origin; ///< Header name, "<command line>", or "" if never.
    bool FromLibc = false; ///< Defined by a sysroot or compiler header.
    /// The condition reads its value (`#if SIZEOF_LONG == 8`), not only
    /// whether it is defined (`#ifdef`, `defined (X)`).
    bool Value = false;
  };
  std::vector<Macro> Macros;
};

/// What the package's own code (main file, its headers, dependency
/// headers) takes from the libc headers: enough to prove that another
/// target offers the same things, without parsing on that target.
struct PackageRefs {
  struct Ref {
    NameKind Kind = NameKind::Function;
    std::string TypeKey;  ///< As Declaration::TypeKey.
    std::string ShapeKey; ///< As Declaration::ShapeKey.
    /// Compare the exact type: a variable the package assigns to, or a
    /// declaration the package redeclares. Other uses compare shapes: a
    /// call converts its arguments, so `ioctl(int, unsigned long, ...)` and
    /// `ioctl(int, int, ...)` take the same calls.
    bool Exact = false;
    /// The record it stands for (Declaration::DefNode) is one the package's
    /// code needs complete (`struct stat st;`, sizeof, `*fp`), so it was
    /// complete on the lead; a libc that only declares it fails there.
    bool Complete = false;
    /// Its layout (layoutOf()) where the code depends on it: sizeof,
    /// offsetof, a positional initializer of several values; else "".
    std::string Layout;
  };
  /// nameKey() -> the libc declaration referenced (full parse only).
  std::map<std::string, Ref> Names;
  /// (record key "struct stat" / "typedef fpos_t", member) pairs used.
  std::set<std::pair<std::string, std::string>> Members;
  /// A reference that cannot be compared: a member of an unnamed record,
  /// or a record the code needs complete that no referenced name leads to.
  bool Undecidable = false;
  /// libc macros expanded at the top level in package code.
  std::set<std::string> MacrosExpanded;
  /// Identifiers that libc macro bodies put into package code, and the
  /// numbers and character constants they put there (as spelled).
  std::set<std::string> MacroIdents;
  /// Every token libc macro bodies put into package code but parentheses,
  /// in order, hashed (FNV-1a): the same identifiers and numbers can make
  /// other values.
  uint64_t MacroTokens = 14695981039346656037ull;
  /// The package's code makes some warning an error (`#pragma GCC
  /// diagnostic error "-Wdeprecated-declarations"`): warnings then decide
  /// whether it compiles, and they differ between libcs (attributes).
  bool WarningsAsErrors = false;
};

} // namespace hstack

#endif
