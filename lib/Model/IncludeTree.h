//===- IncludeTree.h - The include stack of one translation unit -*- C++ -*-===//
//
// The model: what the capture layer recorded, as plain structs. Knows nothing
// of Clang, so renderers and analyses can be tested from hand-built trees.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_MODEL_INCLUDETREE_H
#define HSTACK_MODEL_INCLUDETREE_H

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace hstack {

/// A preprocessor conditional that was active around an #include.
struct Condition {
  std::string Directive; ///< "#if", "#ifdef", "#ifndef", "#elif", "#else", ...
  std::string Expr;      ///< The condition as written (macro name for #ifdef).
  unsigned Line = 0;     ///< Line of the directive in the including file.
  /// Text a reader sees, e.g. "#ifdef __USE_GNU" or "#else of #if X".
  std::string text() const;
};

/// Where a header was found.
enum class HeaderOrigin : uint8_t {
  Main,     ///< The translation unit itself (or the synthetic root).
  Sysroot,  ///< Inside the target's sysroot.
  Compiler, ///< Clang's builtin headers (resource dir).
  Dependency, ///< A third-party header from the dependency headers (host
              ///< overlay or --deps-sysroot).
  Other,    ///< Anywhere else: the package's own headers (-I dirs).
};

const char *originName(HeaderOrigin O);

/// What became of one #include directive.
enum class IncludeStatus : uint8_t {
  Entered, ///< The file was read.
  Skipped, ///< Skipped by an include guard or #pragma once.
  Missing, ///< Not found.
  /// Found but not entered for another reason (e.g. clang's include depth
  /// limit was reached).
  NotEntered,
};

const char *statusName(IncludeStatus S);

/// One node: the root, or one #include edge and the file it reached.
struct IncludeNode {
  int Parent = -1;        ///< Index of the parent node; -1 for the root.
  std::string Spelled;    ///< As written, with delimiters: <stdio.h>.
  std::string Header;     ///< Path relative to its include dir: bits/sched.h.
  std::string Path;       ///< Absolute resolved path; empty when missing.
  std::string IncludeDir; ///< The search dir the header was found in.
  HeaderOrigin Origin = HeaderOrigin::Other;
  IncludeStatus Status = IncludeStatus::Entered;
  unsigned Line = 0;        ///< Line of the #include in the parent; 0 if none.
  bool IncludeNext = false; ///< Reached by #include_next.
  bool Forced = false;      ///< From a command-line -include.
  bool Cycle = false;       ///< The file was already open on the stack.
  /// Skipped, but only after clang opened the file again: its include guard
  /// was not recognised (or still open), so the guard's #ifndef skipped the
  /// body. `clang -H` lists such files; hstack marks them skipped.
  bool Reentered = false;
  std::vector<Condition> Conditions; ///< Active conditionals, outermost first.
  /// `__need_*` macros defined when the #include ran: the partial-include
  /// protocol of stddef.h, stdarg.h, signal.h and friends.
  std::vector<std::string> Needs;
  /// Line ranges (inclusive) of this entry that conditionals skipped.
  std::vector<std::pair<unsigned, unsigned>> SkippedLines;
  std::vector<int> Children;
};

/// What a compiler diagnostic is about, as far as hstack's checks care.
enum class DiagKind : uint8_t {
  Other,
  Undeclared,       ///< use of undeclared identifier 'N'
  UnknownType,      ///< unknown type name 'N'
  ImplicitFunction, ///< call to undeclared (library) function 'N'
  Redefinition,     ///< redefinition of 'N' (any flavour)
  ConflictingTypes, ///< conflicting types for 'N'
  FileNotFound,     ///< 'N' file not found
  MacroRedefined,   ///< 'N' macro redefined
  HashError,        ///< #error "..." (no name)
  IncompleteType,   ///< struct/union/enum 'N' used where it must be complete
  NoMember,         ///< no member named 'N' in 'struct R'
  TooManyErrors,    ///< the error limit was reached: later errors unseen
};

/// A diagnostic the compiler emitted while building the tree.
struct CompilerDiag {
  std::string Level; ///< "error", "fatal error", "warning", "note".
  std::string File;  ///< Include-dir-relative header (or the path).
  unsigned Line = 0, Column = 0;
  std::string Message;
  DiagKind Kind = DiagKind::Other;
  std::string Name;  ///< The identifier or header the diagnostic names
                     ///< (for #error: the header holding it).
  int Node = -1;     ///< Tree node of the location; -1 if none.
  /// When the location lies in the expansion of a macro defined in the main
  /// file: that macro's name (the abs() case).
  std::string MainMacro;
  /// When the location lies in a macro expansion: the outermost macro,
  /// the one written where the expansion happened.
  std::string OuterMacro;
  /// A syntax error (Clang's "Parse Issue" category): the tokens do not
  /// form C there, as when a macro rewrites a name being declared.
  bool Parse = false;
  /// When the error's line (in the package's code) calls a function the
  /// compiler declared implicitly after an earlier "call to undeclared
  /// function": that function. Its later calls draw no such error, only
  /// what its implicit `int` return does there (`char *p = rawmemchr(...)`:
  /// "incompatible integer to pointer conversion").
  std::string ImplicitCall;
  std::vector<CompilerDiag> Notes;
};

/// The include stack of one translation unit. Node 0 is the root. When the
/// input was a header name, the root is a synthetic file holding a single
/// `#include <header>`, and `SyntheticRoot` is set.
struct IncludeTree {
  std::vector<IncludeNode> Nodes;
  bool SyntheticRoot = false;
  std::vector<CompilerDiag> Diags;
  /// Headers `__has_include` asked about: the name as written (without
  /// delimiters) and the directory of the file that asked. The answer
  /// depended on those lookups (the result cache checks them).
  std::vector<std::pair<std::string, std::string>> HasIncludes;

  /// The node the user thinks of as the top: for a synthetic root holding
  /// one header (plus any -include'd files), that header; otherwise the root.
  int top() const;
  /// Depth of a node below the root (root = 0).
  unsigned depth(int Node) const;
  /// Nodes from top() down to Node, inclusive. Under a synthetic root with
  /// several headers, the chain starts at the header Node is reached from.
  std::vector<int> chain(int Node) const;
  /// Whether any error-level diagnostic was recorded.
  bool hasErrors() const;
};

} // namespace hstack

#endif
