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

#include <string>
#include <vector>

namespace hstack {

/// A reference from the main file to a name declared elsewhere.
struct NameUse {
  std::string Name;
  NameKind Kind = NameKind::Function;
  unsigned Line = 0, Column = 0; ///< In the main file.
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

/// One branch of a conditional block in the main file.
struct MainConditional {
  unsigned Begin = 0, End = 0; ///< Lines, inclusive.
  std::string Text;            ///< "#ifdef HAVE_ERROR_H", "#else of ...".
  /// A macro the condition tests, and where it was (last) defined.
  struct Macro {
    std::string Name;
    std::string Origin; ///< Header name, "<command line>", or "" if never.
    bool FromLibc = false; ///< Defined by a sysroot or compiler header.
  };
  std::vector<Macro> Macros;
};

} // namespace hstack

#endif
