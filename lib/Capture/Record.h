//===- Record.h - Preprocessor callbacks that record the include tree -*- C++ -*-===//
//
// The recorder only fills plain structs (IncludeTree, Declaration); it makes
// no decisions. Collect during InclusionDirective/FileChanged/FileSkipped,
// finish at EndOfMainFile.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_CAPTURE_RECORD_H
#define HSTACK_CAPTURE_RECORD_H

#include "Model/Declaration.h"
#include "Model/IncludeTree.h"
#include "Model/Use.h"

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace clang {
class PPCallbacks;
class Preprocessor;
class DiagnosticConsumer;
} // namespace clang

namespace hstack {

class LineTables;

/// Facts recorded from one preprocessor run.
struct Recorded {
  IncludeTree Tree;
  std::vector<Declaration> Macros;
  /// Which include-tree node each entered FileID belongs to.
  llvm::DenseMap<clang::FileID, int> NodeOfFile;
  /// Where headers are classified from.
  std::string Sysroot, ResourceInclude;
  std::vector<std::string> DependencyDirs;
  std::vector<std::string> SearchDirs;
  bool CollectMacros = false;
  /// Lint facts: main-file macro uses and intrusions, main conditionals.
  bool CollectLintFacts = false;
  std::vector<NameUse> MacroUses;
  std::vector<MacroIntrusion> Intrusions;
  std::vector<MainConditional> MainConds;
  /// The package's SIZEOF_* macros (Actual is filled after the parse).
  std::vector<SizeClaim> SizeClaims;
  /// Macros the main file #defines (for blaming errors in their expansions).
  std::set<std::string> MainMacroNames;
  /// When set: the macro parts of the package's references.
  PackageRefs *Refs = nullptr;
  /// Declaration texts are filled at the end (fillTexts), and only where a
  /// lint check can read them; until then, where each one is.
  bool LazyText = false;
  std::vector<std::pair<size_t, clang::CharSourceRange>> MacroRanges;
  std::vector<std::pair<size_t, clang::CharSourceRange>> DeclRanges;

  /// Run-wide line tables (null: only this parse's own tables).
  LineTables *Lines = nullptr;
  /// The presumed line of Loc, as SourceManager::getPresumedLineNumber
  /// gives it: from the shared line tables where the file has one, else
  /// from a table of this parse (files with #line or line markers ask the
  /// SourceManager).
  unsigned line(const clang::SourceManager &SM, clang::SourceLocation Loc) const;
  struct LineView {
    const std::vector<unsigned> *Starts = nullptr; ///< Null: ask the SM.
    std::vector<unsigned> Own; ///< When no shared table has the file.
    unsigned Hint = 0;         ///< Index of the line found last.
  };
  mutable llvm::DenseMap<clang::FileID, std::unique_ptr<LineView>> LineCache;
  mutable clang::FileID LastLineFile;
  mutable LineView *LastLineView = nullptr;

  /// Node of the file containing a (spelling-resolved) location, -1 if none.
  int nodeAt(const clang::SourceManager &SM, clang::SourceLocation Loc) const;
};

/// Fill the texts LazyText deferred, while the source manager lives: the
/// main file's names wherever declared (collisions quote the libc's), and
/// the reserved object macros of the package's headers.
void fillTexts(Recorded &Rec, std::vector<Declaration> &Decls,
               const clang::SourceManager &SM, const clang::LangOptions &LO);

/// Callbacks that fill `Out`; `PP` must outlive them.
std::unique_ptr<clang::PPCallbacks> record(clang::Preprocessor &PP,
                                           Recorded &Out);

/// A diagnostic consumer that appends errors to `Out.Tree.Diags`.
std::unique_ptr<clang::DiagnosticConsumer> recordDiagnostics(Recorded &Out);

/// Source text as one line: whitespace and line continuations folded to
/// single spaces, cut to 240 characters ("..." marks a cut).
std::string oneLine(llvm::StringRef Text);

/// Remove dot segments and make a path absolute-looking for comparison.
std::string normalizePath(llvm::StringRef P);

} // namespace hstack

#endif
