//===- Record.cpp - Preprocessor callbacks that record the include tree ---===//
#include "Capture/Record.h"
#include "Capture/DirectiveCache.h"
#include "Capture/Uses.h"
#include "Support/Utf8.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticLex.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "llvm/ADT/StringSet.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <set>

using namespace clang;

namespace hstack {

std::string normalizePath(llvm::StringRef P) {
  llvm::SmallString<256> S(P);
  llvm::sys::path::remove_dots(S, /*remove_dot_dot=*/true);
  return std::string(S);
}

unsigned Recorded::line(const SourceManager &SM, SourceLocation Loc) const {
  if (Loc.isInvalid())
    return SM.getPresumedLineNumber(Loc);
  std::pair<FileID, unsigned> D = SM.getDecomposedExpansionLoc(Loc);
  bool Invalid = false;
  const SrcMgr::SLocEntry &E = SM.getSLocEntry(D.first, &Invalid);
  // #line and line markers make presumed lines differ from physical ones
  // (from the directive on: asked on every call, as one may come later).
  if (Invalid || !E.isFile() || E.getFile().hasLineDirectives())
    return SM.getPresumedLineNumber(Loc);
  LineView *V = LastLineView;
  if (!V || D.first != LastLineFile) {
    std::unique_ptr<LineView> &Slot = LineCache[D.first];
    if (!Slot) {
      Slot = std::make_unique<LineView>();
      if (std::optional<llvm::StringRef> Buf = SM.getBufferDataOrNone(D.first)) {
        if (Lines)
          Slot->Starts = Lines->find(Buf->data());
        if (!Slot->Starts) {
          Slot->Own = lineStarts(*Buf);
          Slot->Starts = &Slot->Own;
        }
      }
    }
    V = LastLineView = Slot.get();
    LastLineFile = D.first;
  }
  if (!V->Starts)
    return SM.getPresumedLineNumber(Loc);
  // Lines are mostly asked in order: try the last one and the next first.
  const std::vector<unsigned> &S = *V->Starts;
  unsigned Off = D.second;
  auto Holds = [&](size_t I) {
    return I < S.size() && S[I] <= Off && (I + 1 == S.size() || Off < S[I + 1]);
  };
  if (Holds(V->Hint))
    return V->Hint + 1;
  if (Holds(V->Hint + 1))
    return ++V->Hint + 1;
  // Further on, most often a little: gallop from the hint, then search
  // the last stride (a whole-table search misses the cache in big headers).
  size_t Lo = 0, Hi = S.size();
  if (V->Hint < S.size() && S[V->Hint] <= Off) {
    Lo = V->Hint;
    for (size_t Step = 2; Lo + Step < S.size(); Step *= 2) {
      if (S[Lo + Step] > Off) {
        Hi = Lo + Step;
        break;
      }
      Lo += Step;
    }
  }
  unsigned L = std::upper_bound(S.begin() + Lo, S.begin() + Hi, Off) - S.begin();
  V->Hint = L - 1;
  return L;
}

int Recorded::nodeAt(const SourceManager &SM, SourceLocation Loc) const {
  if (Loc.isInvalid())
    return -1;
  FileID FID = SM.getFileID(SM.getExpansionLoc(Loc));
  auto It = NodeOfFile.find(FID);
  return It == NodeOfFile.end() ? -1 : It->second;
}

/// Fold runs of whitespace and line continuations into single spaces.
static std::string foldSpace(llvm::StringRef S) {
  std::string Out;
  bool Space = false;
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C == '\\' && I + 1 < S.size() && (S[I + 1] == '\n' || S[I + 1] == '\r'))
      C = ' ';
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' ||
        C == '\v') {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
  }
  return Out;
}

std::string oneLine(llvm::StringRef Text) {
  std::string Out = foldSpace(Text);
  if (Out.size() > 240)
    Out = Out.substr(0, 237) + "...";
  return Out;
}

/// Strip /* */ and // comments from a directive's text.
static std::string stripComments(llvm::StringRef S) {
  std::string Out;
  for (size_t I = 0; I < S.size(); ++I) {
    if (S.substr(I).starts_with("/*")) {
      size_t End = S.find("*/", I + 2);
      I = End == llvm::StringRef::npos ? S.size() : End + 1;
      Out += ' ';
      continue;
    }
    if (S.substr(I).starts_with("//"))
      break;
    Out += S[I];
  }
  return Out;
}

/// Is Path strictly below directory Dir (both normalized)?
static bool isUnder(llvm::StringRef Path, llvm::StringRef Dir) {
  if (Dir.empty())
    return false;
  if (Dir.ends_with("/"))
    return Path.size() > Dir.size() && Path.starts_with(Dir);
  return Path.size() > Dir.size() + 1 && Path.starts_with(Dir) &&
         Path[Dir.size()] == '/';
}

namespace {

/// One open conditional in the current file.
struct CondFrame {
  SourceLocation IfLoc;
  Condition C;
  /// When valid, C.Expr is still to be read from the directive here: most
  /// conditions are never shown, so their text is read only on demand.
  SourceLocation ExprLoc;
  int Segment = -1; ///< Open MainConditional branch, for the package's blocks.
};

/// One file on the include stack.
struct FileFrame {
  FileID FID;
  int Node;       ///< Node owning this file; the root for <built-in>.
  bool Builtin;   ///< The predefines buffer (holds -include directives).
  std::vector<CondFrame> Conds;
  /// A top-level `#ifndef X` just taken: X is this file's guard if the
  /// very next directive defines X.
  std::optional<std::pair<std::string, unsigned>> GuardCandidate;
};

/// An #include seen, waiting to learn whether the file was entered.
struct Pending {
  IncludeNode Node;
  OptionalFileEntryRef File;
};

std::string macroText(CharSourceRange R, const SourceManager &SM,
                      const LangOptions &LO) {
  return oneLine("#define " +
                 stripComments(Lexer::getSourceText(R, SM, LO)));
}

class Recorder : public PPCallbacks {
public:
  Recorder(Preprocessor &PP, Recorded &Out)
      : PP(PP), SM(PP.getSourceManager()), Out(Out) {
    // A libc's headers #define thousands of macros: grow the list once
    // rather than move every Declaration at each doubling.
    if (Out.CollectMacros) {
      Out.Macros.reserve(4096);
      MacroIds.reserve(4096);
    }
  }

  void HasInclude(SourceLocation, StringRef FileName, bool,
                  OptionalFileEntryRef, SrcMgr::CharacteristicKind) override {
    std::string From;
    if (!Stack.empty())
      From = llvm::sys::path::parent_path(Out.Tree.Nodes[Stack.back().Node].Path)
                 .str();
    Out.Tree.HasIncludes.push_back({FileName.str(), std::move(From)});
  }

  void FileChanged(SourceLocation Loc, FileChangeReason Reason,
                   SrcMgr::CharacteristicKind, FileID) override {
    if (Reason == EnterFile)
      enter(SM.getFileID(Loc));
    else if (Reason == ExitFile) {
      flushPending();
      if (Stack.size() > 1)
        Stack.pop_back();
    }
  }

  void FileSkipped(const FileEntryRef &, const Token &,
                   SrcMgr::CharacteristicKind) override {
    if (!P)
      return;
    P->Node.Status = IncludeStatus::Skipped;
    P->Node.Cycle = onStack(P->File);
    addNode(std::move(P->Node), P->File);
    P.reset();
  }

  void InclusionDirective(SourceLocation HashLoc, const Token &IncludeTok,
                          StringRef FileName, bool IsAngled,
                          CharSourceRange, OptionalFileEntryRef File,
                          StringRef SearchPath, StringRef RelativePath,
                          const Module *, bool, SrcMgr::CharacteristicKind) override {
    flushPending();
    if (Stack.empty())
      return;
    Stack.back().GuardCandidate.reset();
    Pending N;
    N.Node.Spelled = IsAngled ? ("<" + FileName + ">").str()
                              : ("\"" + FileName + "\"").str();
    N.Node.Line = Stack.back().Builtin ? 0 : Out.line(SM, HashLoc);
    N.Node.Forced = Stack.back().Builtin;
    if (const IdentifierInfo *II = IncludeTok.getIdentifierInfo())
      N.Node.IncludeNext = II->getPPKeywordID() == tok::pp_include_next;
    for (CondFrame &F : Stack.back().Conds)
      N.Node.Conditions.push_back(cond(F));
    N.Node.Needs.assign(Needs.begin(), Needs.end());
    N.File = File;
    if (File) {
      N.Node.Path = normalizePath(File->getName());
      N.Node.IncludeDir = normalizePath(SearchPath);
      N.Node.Header = headerName(N.Node.Path, RelativePath);
    } else {
      N.Node.Header = FileName.str();
      N.Node.Status = IncludeStatus::Missing;
      addNode(std::move(N.Node), std::nullopt);
      return;
    }
    P = std::move(N);
  }

  void If(SourceLocation Loc, SourceRange, ConditionValueKind V) override {
    // Only `#if !defined X` needs its text now (it may be a guard).
    bool Invalid = false;
    const char *P = SM.getCharacterData(SM.getSpellingLoc(Loc), &Invalid);
    if (!Invalid && P) {
      while (isAsciiIdentifierContinue(*P))
        ++P;
      while (*P == ' ' || *P == '\t')
        ++P;
      if (*P != '!') {
        push(Loc, "#if", "", Loc);
        return;
      }
    }
    std::string Text = directiveText(Loc);
    // `#if !defined X` guards too.
    llvm::StringRef T(Text);
    if (T.consume_front("!") && (T = T.ltrim()).consume_front("defined")) {
      T = T.ltrim();
      bool Paren = T.consume_front("(");
      T = T.trim();
      if (Paren)
        T.consume_back(")");
      T = T.trim();
      if (!T.empty() && llvm::all_of(T, [](char C) { return isAsciiIdentifierContinue(C); }))
        guardCheck(Loc, T.str(), V == CVK_True);
    }
    push(Loc, "#if", std::move(Text));
  }
  void Ifdef(SourceLocation Loc, const Token &Name,
             const MacroDefinition &) override {
    push(Loc, "#ifdef", spell(Name));
  }
  void Ifndef(SourceLocation Loc, const Token &Name,
              const MacroDefinition &MD) override {
    std::string Macro = spell(Name);
    guardCheck(Loc, Macro, /*Taken=*/!MD);
    push(Loc, "#ifndef", Macro);
  }
  void Elif(SourceLocation Loc, SourceRange, ConditionValueKind,
            SourceLocation IfLoc) override {
    replace(Loc, IfLoc, "#elif", "", Loc);
  }
  void Elifdef(SourceLocation Loc, const Token &Name,
               const MacroDefinition &) override {
    replaceTop(Loc, "#elifdef", spell(Name));
  }
  void Elifndef(SourceLocation Loc, const Token &Name,
                const MacroDefinition &) override {
    replaceTop(Loc, "#elifndef", spell(Name));
  }
  void Else(SourceLocation Loc, SourceLocation IfLoc) override {
    CondFrame *F = find(IfLoc);
    if (!F)
      return;
    // Say what the #else is the other branch of.
    std::string Of = cond(*F).text();
    reopen(*F, Condition{"#else", "of " + Of, Out.line(SM, Loc)});
  }
  void Endif(SourceLocation Loc, SourceLocation IfLoc) override {
    if (Stack.empty())
      return;
    auto &Conds = Stack.back().Conds;
    while (!Conds.empty()) {
      bool Match = Conds.back().IfLoc == IfLoc;
      closeSegment(Conds.back(), Out.line(SM, Loc));
      Conds.pop_back();
      if (Match)
        break;
    }
  }

  void PragmaDiagnostic(SourceLocation Loc, StringRef, diag::Severity Mapping,
                        StringRef) override {
    if (Mapping != diag::Severity::Error && Mapping != diag::Severity::Fatal)
      return;
    // Captures run with -w, which would silence the warnings this pragma
    // makes errors too: from here on (the pragma's new diagnostic state),
    // warnings are the compiler's again.
    PP.getDiagnostics().setIgnoreAllWarnings(false);
    if (!Out.Refs)
      return;
    int Node = Out.nodeAt(SM, Loc);
    if (Node >= 0 && isPackageOrigin(Out.Tree.Nodes[Node].Origin))
      Out.Refs->WarningsAsErrors = true;
  }

  void SourceRangeSkipped(SourceRange Range, SourceLocation) override {
    int Node = Out.nodeAt(SM, Range.getBegin());
    if (Node >= 0)
      Out.Tree.Nodes[Node].SkippedLines.push_back(
          {Out.line(SM, Range.getBegin()),
           Out.line(SM, Range.getEnd())});
  }

  void MacroExpands(const Token &Name, const MacroDefinition &MD, SourceRange,
                    const MacroArgs *) override {
    const MacroInfo *MI = MD.getMacroInfo();
    if (!MI || (!Out.Refs && !Out.CollectLintFacts))
      return;
    // A macro expands many times; its definition stays where it is.
    auto [DefIt, NewDef] = DefNodes.try_emplace(MI, 0);
    if (NewDef)
      DefIt->second = Out.nodeAt(SM, MI->getDefinitionLoc());
    int DefNode = DefIt->second;
    if (Out.Refs && Name.getLocation().isFileID()) {
      int UseNode = Out.nodeAt(SM, Name.getLocation());
      if (UseNode >= 0 && DefNode >= 0 &&
          isPackageOrigin(Out.Tree.Nodes[UseNode].Origin) &&
          !isPackageOrigin(Out.Tree.Nodes[DefNode].Origin))
        Out.Refs->MacrosExpanded.insert(spell(Name));
    }
    if (!Out.CollectLintFacts)
      return;
    SourceLocation Use = SM.getExpansionLoc(Name.getLocation());
    // A macro named inside another macro's body is that macro's business;
    // only a name written in the file (or a macro argument written there)
    // is the file's own use.
    bool Written = Name.getLocation().isFileID() ||
                   SM.isMacroArgExpansion(Name.getLocation());
    int UseNode = Out.nodeAt(SM, Use);
    if (UseNode < 0 || DefNode < 0 || Out.Tree.SyntheticRoot)
      return;
    // Recorded: a macro of a header written in the main file, a libc (or
    // compiler) macro written in one of the package's own headers (a
    // target lacking it fails there, often with an error that names
    // nothing: `__THROW` on musl), and the main file's macro expanding in
    // a header. Most expansions are none of these.
    HeaderOrigin DefOrigin = Out.Tree.Nodes[DefNode].Origin;
    if (Written && ((UseNode == 0 && DefNode != 0) ||
                    (UseNode != 0 &&
                     Out.Tree.Nodes[UseNode].Origin == HeaderOrigin::Other &&
                     (DefOrigin == HeaderOrigin::Sysroot ||
                      DefOrigin == HeaderOrigin::Compiler)))) {
      NameUse U;
      U.Name = spell(Name);
      U.Kind = MI->isFunctionLike() ? NameKind::FunctionMacro
                                    : NameKind::ObjectMacro;
      U.UseNode = UseNode;
      U.Line = Out.line(SM, Use);
      U.Column = SM.getPresumedColumnNumber(Use);
      U.DeclNode = DefNode;
      U.DeclLine = Out.line(SM, MI->getDefinitionLoc());
      Out.MacroUses.push_back(std::move(U));
      return;
    }
    if ((UseNode == 0) == (DefNode == 0))
      return;
    std::string Macro = spell(Name);
    if (DefNode == 0 && !PP.isParsingIfOrElifDirective() &&
        !Name.getIdentifierInfo()->isKeyword(PP.getLangOpts())) {
      // `#define inline __inline` or `#define __restrict` adapt the
      // language on purpose; they are not collisions.
      // In a header's code, not its #if: `#define _POSIX_C_SOURCE 200809L`
      // is read by features.h's conditions, which is what it is for.
      Out.Intrusions.push_back(
          {Macro, Out.line(SM, MI->getDefinitionLoc()), UseNode,
           Out.line(SM, Use)});
    }
  }

  void MacroUndefined(const Token &Name, const MacroDefinition &,
                      const MacroDirective *) override {
    std::string Spelled = spell(Name);
    Needs.erase(Spelled);
    if (Out.CollectMacros && !Out.Tree.SyntheticRoot &&
        SM.isInMainFile(SM.getExpansionLoc(Name.getLocation())))
      MainUndefs.insert(std::move(Spelled));
  }

  void MacroDefined(const Token &Name, const MacroDirective *MD) override {
    std::string Spelled = spell(Name);
    if (llvm::StringRef(Spelled).starts_with("__need_"))
      Needs.insert(Spelled);
    if (!Stack.empty() && Stack.back().GuardCandidate) {
      FileFrame &F = Stack.back();
      if (F.Conds.size() == 1 && F.GuardCandidate->first == Spelled)
        if (OptionalFileEntryRef FE = Files[F.Node])
          Guards[&FE->getFileEntry()] = *F.GuardCandidate;
      F.GuardCandidate.reset();
    }
    if (!MD)
      return;
    const MacroInfo *MI = MD->getMacroInfo();
    SourceLocation Loc = MI->getDefinitionLoc();
    int Node = Out.nodeAt(SM, Loc);
    if (Node == 0 && !Out.Tree.SyntheticRoot)
      Out.MainMacroNames.insert(Spelled);
    if (Out.CollectLintFacts && Node >= 0)
      sizeClaim(Spelled, *MI, Node);
    if (!Out.CollectMacros || Node < 0)
      return; // Predefined or command-line macro.
    SourceLocation End = MI->getDefinitionEndLoc();
    CharSourceRange Range = CharSourceRange::getTokenRange(Loc, End);
    if (Out.LazyText)
      Out.MacroRanges.push_back({Out.Macros.size(), Range});
    Declaration &D = Out.Macros.emplace_back(); // Built in place: thousands.
    D.Name = std::move(Spelled);
    D.Kind = MI->isFunctionLike() ? NameKind::FunctionMacro
                                  : NameKind::ObjectMacro;
    D.Node = Node;
    D.Line = Out.line(SM, Loc);
    D.IsDefinition = true;
    D.Replaces = Node == 0 && MainUndefs.count(D.Name);
    if (!Out.LazyText)
      D.Text = macroText(Range, SM, PP.getLangOpts());
    MacroIds.push_back({Name.getIdentifierInfo(), MI});
  }

  void EndOfMainFile() override {
    flushPending();
    markGuards();
    resolveConditionMacros();
    // A macro is exposed only if this definition is the one still in force.
    for (size_t I = 0; I < Out.Macros.size(); ++I)
      Out.Macros[I].Live =
          MacroIds[I].first &&
          PP.getMacroInfo(MacroIds[I].first) == MacroIds[I].second;
  }

private:
  /// `#define SIZEOF_<TYPE> <number>` in the package's code (or with a
  /// prefix, as libevent's EVENT__SIZEOF_LONG): configure's measurement
  /// of a type on the build host (the type is resolved, and measured on
  /// the target, after the parse). A later #define of the same macro
  /// replaces the claim.
  void sizeClaim(llvm::StringRef Name, const MacroInfo &MI, int Node) {
    size_t At = sizeofSuffix(Name);
    if (At == llvm::StringRef::npos || MI.isFunctionLike() ||
        MI.getNumTokens() != 1 ||
        !MI.getReplacementToken(0).is(tok::numeric_constant))
      return;
    // The package's own configuration, not a dependency's header (that
    // one comes from wherever the dependency was installed).
    HeaderOrigin O = Out.Tree.Nodes[Node].Origin;
    if (O != HeaderOrigin::Main && O != HeaderOrigin::Other)
      return;
    const Token &T = MI.getReplacementToken(0);
    unsigned long long V = 0;
    if (llvm::StringRef(T.getLiteralData(), T.getLength())
            .rtrim("uUlL")
            .getAsInteger(0, V))
      return;
    SizeClaim C;
    C.Macro = Name.str();
    C.Node = Node;
    C.Line = Out.line(SM, MI.getDefinitionLoc());
    C.Claimed = V;
    auto It = llvm::find_if(
        Out.SizeClaims, [&](const SizeClaim &S) { return S.Macro == C.Macro; });
    if (It != Out.SizeClaims.end())
      *It = std::move(C);
    else
      Out.SizeClaims.push_back(std::move(C));
  }

  void enter(FileID FID) {
    OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID);
    if (!FE) {
      // The predefines buffer: includes in it come from -include.
      int Owner = Stack.empty() ? 0 : Stack.front().Node;
      Stack.push_back({FID, Owner, true, {}, std::nullopt});
      return;
    }
    int Node;
    if (Out.Tree.Nodes.empty()) {
      IncludeNode Root;
      Root.Path = normalizePath(FE->getName());
      // The synthetic file holding `#include <h>` is not the user's.
      Root.Header = Out.Tree.SyntheticRoot
                        ? std::string("(input)")
                        : llvm::sys::path::filename(Root.Path).str();
      Root.Origin = HeaderOrigin::Main;
      Node = addNode(std::move(Root), FE);
    } else if (P) {
      Pending N = std::move(*P);
      P.reset();
      N.Node.Cycle = onStack(N.File);
      Node = addNode(std::move(N.Node), N.File);
    } else {
      return; // Not reached through an #include we saw: ignore.
    }
    Out.NodeOfFile[FID] = Node;
    Stack.push_back({FID, Node, false, {}, std::nullopt});
  }

  /// An #include whose file was found but never entered or skipped
  /// (e.g. the include depth limit was hit): keep it, as not entered.
  void flushPending() {
    if (!P)
      return;
    P->Node.Status = IncludeStatus::NotEntered;
    P->Node.Cycle = onStack(P->File);
    addNode(std::move(P->Node), P->File);
    P.reset();
  }

  int addNode(IncludeNode N, OptionalFileEntryRef FE) {
    int Parent = -1;
    if (!Out.Tree.Nodes.empty())
      Parent = Stack.empty() ? 0 : Stack.back().Node;
    N.Parent = Parent;
    if (N.Parent >= 0 && N.Origin != HeaderOrigin::Main)
      N.Origin = classify(N.Path);
    int Id = static_cast<int>(Out.Tree.Nodes.size());
    Out.Tree.Nodes.push_back(std::move(N));
    Files.push_back(FE);
    if (Parent >= 0)
      Out.Tree.Nodes[Parent].Children.push_back(Id);
    return Id;
  }

  bool onStack(OptionalFileEntryRef FE) const {
    if (!FE)
      return false;
    for (const FileFrame &F : Stack)
      if (!F.Builtin && Files[F.Node] && *Files[F.Node] == *FE)
        return true;
    return false;
  }

  HeaderOrigin classify(const std::string &Path) const {
    if (Path.empty())
      return HeaderOrigin::Other;
    if (isUnder(Path, Out.ResourceInclude))
      return HeaderOrigin::Compiler;
    if (isUnder(Path, Out.Sysroot))
      return HeaderOrigin::Sysroot;
    for (const std::string &D : Out.DependencyDirs)
      if (isUnder(Path, D))
        return HeaderOrigin::Dependency;
    return HeaderOrigin::Other;
  }

  /// The header's path relative to the longest search dir that holds it.
  std::string headerName(const std::string &Path, StringRef Relative) const {
    size_t Best = 0;
    std::string Name;
    for (const std::string &Dir : Out.SearchDirs) {
      if (Dir.size() > Best && isUnder(Path, Dir)) {
        Best = Dir.size();
        Name = Path.substr(Dir.size() + (Dir.ends_with("/") ? 0 : 1));
      }
    }
    return Best ? Name : Relative.str();
  }

  /// A macro name token's spelling: its identifier's name, without asking
  /// the lexer again (the directive callbacks run for every #define and
  /// #ifdef of every header).
  std::string spell(const Token &Name) const {
    if (const IdentifierInfo *II = Name.getIdentifierInfo())
      return II->getName().str();
    return PP.getSpelling(Name);
  }

  /// The expression of the directive whose name starts at Loc, read from
  /// the buffer up to the end of the logical line (continuations and block
  /// comments included). Clang's ConditionRange is unreliable around
  /// __has_include, so the raw text is the source of truth.
  std::string directiveText(SourceLocation Loc) const {
    bool Invalid = false;
    const char *P = SM.getCharacterData(SM.getSpellingLoc(Loc), &Invalid);
    if (Invalid || !P)
      return "";
    while (isAsciiIdentifierContinue(*P))
      ++P; // The directive name: if, elif.
    // Plain characters are copied in runs, not one by one.
    std::string Raw;
    const char *Run = P;
    for (; *P; ++P) {
      if (P[0] == '/' && P[1] == '*') {
        const char *End = std::strstr(P + 2, "*/");
        Raw.append(Run, P);
        Run = P; // An unclosed comment ends the text: nothing more to copy.
        if (!End)
          break;
        Raw += ' ';
        P = End + 1;
        Run = P + 1;
        continue;
      }
      if (P[0] == '\\' && (P[1] == '\n' || (P[1] == '\r' && P[2] == '\n'))) {
        Raw.append(Run, P);
        P += P[1] == '\r' ? 2 : 1;
        Raw += ' ';
        Run = P + 1;
        continue;
      }
      if (*P == '\n' || *P == '\r')
        break;
    }
    Raw.append(Run, P);
    // Without a '/', there is no comment left to strip.
    if (Raw.find('/') == std::string::npos)
      return foldSpace(Raw);
    return foldSpace(stripComments(Raw));
  }

  void push(SourceLocation Loc, const char *Dir, std::string Expr,
            SourceLocation ExprLoc = {}) {
    if (Stack.empty())
      return;
    CondFrame F;
    F.IfLoc = Loc;
    F.C = Condition{Dir, std::move(Expr), Out.line(SM, Loc)};
    F.ExprLoc = ExprLoc;
    F.Segment = openSegment(F);
    Stack.back().Conds.push_back(std::move(F));
  }

  /// The frame's condition, its text read now if it was deferred.
  const Condition &cond(CondFrame &F) {
    if (F.ExprLoc.isValid()) {
      F.C.Expr = directiveText(F.ExprLoc);
      F.ExprLoc = SourceLocation();
    }
    return F.C;
  }

  /// In the package's own code (the main file, its headers), start
  /// recording a conditional branch.
  int openSegment(CondFrame &F) {
    if (!Out.CollectLintFacts || Stack.empty() || Stack.back().Builtin)
      return -1;
    int Node = Stack.back().Node;
    if (Node != 0 && Out.Tree.Nodes[Node].Origin != HeaderOrigin::Other)
      return -1;
    const Condition &C = cond(F);
    MainConditional M;
    M.Node = Node;
    M.Begin = C.Line;
    M.End = C.Line;
    M.Text = C.text();
    llvm::StringRef Tested =
        C.Directive == "#else" ? llvm::StringRef(C.Expr).substr(3) : C.Expr;
    // #ifdef and #ifndef (or the #else of one) ask only for definedness.
    bool Defs = C.Directive == "#ifdef" || C.Directive == "#ifndef" ||
                Tested.starts_with("#ifdef") || Tested.starts_with("#ifndef");
    for (auto &[Id, Value] : identifiers(Tested))
      M.Macros.push_back({Id, "", false, Value && !Defs});
    Out.MainConds.push_back(std::move(M));
    return static_cast<int>(Out.MainConds.size()) - 1;
  }

  void closeSegment(CondFrame &F, unsigned EndLine) {
    if (F.Segment >= 0)
      Out.MainConds[F.Segment].End = EndLine;
    F.Segment = -1;
  }

  /// Identifiers a condition tests (not `defined`, not __has_include...),
  /// each with whether it reads the value: true unless every mention is
  /// the operand of `defined` (`defined X`, `defined ( X )`).
  static std::vector<std::pair<std::string, bool>>
  identifiers(llvm::StringRef E) {
    std::vector<std::pair<std::string, bool>> Ids;
    bool AfterDefined = false;
    for (size_t I = 0; I < E.size();) {
      if (isAsciiIdentifierStart(E[I])) {
        size_t J = I;
        while (J < E.size() && isAsciiIdentifierContinue(E[J]))
          ++J;
        llvm::StringRef Id = E.slice(I, J);
        I = J;
        if (Id == "defined") {
          AfterDefined = true;
          continue;
        }
        bool Value = !AfterDefined;
        AfterDefined = false;
        if (Id.starts_with("__has_") || Id == "if" || Id == "of" ||
            Id == "ifdef" || Id == "ifndef" || Id == "elif")
          continue;
        auto It = llvm::find_if(Ids, [&](const auto &P) { return P.first == Id; });
        if (It == Ids.end())
          Ids.push_back({Id.str(), Value});
        else
          It->second |= Value;
      } else if (isDigit(E[I])) {
        AfterDefined = false;
        while (I < E.size() && isAsciiIdentifierContinue(E[I]))
          ++I;
      } else {
        // Between `defined` and its operand: blanks and a parenthesis.
        if (E[I] != ' ' && E[I] != '\t' && E[I] != '(')
          AfterDefined = false;
        ++I;
      }
    }
    return Ids;
  }

  /// Where each macro a main-file condition tests was (last) defined.
  void resolveConditionMacros() {
    for (MainConditional &M : Out.MainConds)
      for (MainConditional::Macro &Mac : M.Macros) {
        IdentifierInfo *II = PP.getIdentifierInfo(Mac.Name);
        const MacroDirective *MD =
            II && II->hadMacroDefinition() ? PP.getLocalMacroDirectiveHistory(II)
                                           : nullptr;
        for (; MD; MD = MD->getPrevious())
          if (const auto *Def = dyn_cast<DefMacroDirective>(MD)) {
            SourceLocation L = Def->getLocation();
            int Node = Out.nodeAt(SM, L);
            if (Node >= 0) {
              Mac.Origin = Out.Tree.Nodes[Node].Header;
              HeaderOrigin O = Out.Tree.Nodes[Node].Origin;
              Mac.FromLibc =
                  O == HeaderOrigin::Sysroot || O == HeaderOrigin::Compiler;
            } else if (L.isValid()) {
              // Clang's predefines (__linux__, __GNUC__) are the compiler's,
              // not a configure choice.
              PresumedLoc PL = SM.getPresumedLoc(L);
              bool BuiltIn =
                  PL.isValid() && llvm::StringRef(PL.getFilename()) == "<built-in>";
              Mac.Origin = BuiltIn ? "<built-in>" : "<command line>";
              Mac.FromLibc = BuiltIn;
            }
            break;
          }
      }
  }

  /// A top-level #ifndef (or #if !defined) of macro `Macro` in the current
  /// file: remember it as a guard candidate when taken; when not taken and
  /// it is this file's known guard, the file was re-entered for nothing.
  void guardCheck(SourceLocation Loc, const std::string &Macro, bool Taken) {
    if (Stack.empty() || Stack.back().Builtin || !Stack.back().Conds.empty())
      return;
    FileFrame &F = Stack.back();
    unsigned Line = Out.line(SM, Loc);
    if (Taken) {
      F.GuardCandidate = std::make_pair(Macro, Line);
      return;
    }
    OptionalFileEntryRef FE = Files[F.Node];
    if (!FE || F.Node == 0)
      return;
    auto It = Guards.find(&FE->getFileEntry());
    if (It != Guards.end() && It->second.first == Macro &&
        It->second.second == Line) {
      IncludeNode &N = Out.Tree.Nodes[F.Node];
      N.Status = IncludeStatus::Skipped;
      N.Reentered = true;
    }
  }

  CondFrame *find(SourceLocation IfLoc) {
    if (Stack.empty())
      return nullptr;
    for (auto It = Stack.back().Conds.rbegin(); It != Stack.back().Conds.rend();
         ++It)
      if (It->IfLoc == IfLoc)
        return &*It;
    return nullptr;
  }

  void replace(SourceLocation Loc, SourceLocation IfLoc, const char *Dir,
               std::string Expr, SourceLocation ExprLoc = {}) {
    if (CondFrame *F = find(IfLoc))
      reopen(*F, Condition{Dir, std::move(Expr), Out.line(SM, Loc)},
             ExprLoc);
  }

  void replaceTop(SourceLocation Loc, const char *Dir, std::string Expr) {
    if (!Stack.empty() && !Stack.back().Conds.empty())
      reopen(Stack.back().Conds.back(),
             Condition{Dir, std::move(Expr), Out.line(SM, Loc)});
  }

  /// A new branch of the same block: close the old segment, open another.
  void reopen(CondFrame &F, Condition C, SourceLocation ExprLoc = {}) {
    bool Main = F.Segment >= 0;
    closeSegment(F, C.Line > 0 ? C.Line - 1 : 0);
    F.C = std::move(C);
    F.ExprLoc = ExprLoc;
    if (Main)
      F.Segment = openSegment(F);
  }

  /// Drop each file's own include guard from the conditions of the
  /// #includes inside it: it is always true there and only adds noise.
  void markGuards() {
    HeaderSearch &HS = PP.getHeaderSearchInfo();
    for (IncludeNode &N : Out.Tree.Nodes) {
      if (N.Parent < 0 || N.Conditions.empty())
        continue;
      OptionalFileEntryRef Parent = Files[N.Parent];
      if (!Parent)
        continue;
      const IdentifierInfo *Guard =
          HS.getFileInfo(*Parent).getControllingMacro(nullptr);
      llvm::StringRef G;
      if (Guard)
        G = Guard->getName();
      else if (auto It = Guards.find(&Parent->getFileEntry()); It != Guards.end())
        G = It->second.first;
      else
        continue;
      const Condition &First = N.Conditions.front();
      if ((First.Directive == "#ifndef" && First.Expr == G) ||
          (First.Directive == "#if" &&
           (First.Expr == ("!defined " + G).str() ||
            First.Expr == ("!defined(" + G + ")").str() ||
            First.Expr == ("! defined " + G).str())))
        N.Conditions.erase(N.Conditions.begin());
    }
  }

  Preprocessor &PP;
  SourceManager &SM;
  Recorded &Out;
  std::vector<FileFrame> Stack;
  std::vector<OptionalFileEntryRef> Files; ///< Parallel to Tree.Nodes.
  std::optional<Pending> P;
  /// Include guards seen: file -> (macro, line of its #ifndef).
  llvm::DenseMap<const FileEntry *, std::pair<std::string, unsigned>> Guards;
  /// `__need_*` macros currently defined (sorted, for stable output).
  std::set<std::string> Needs;
  /// Names the main file #undef'd (Declaration::Replaces).
  std::set<std::string> MainUndefs;
  /// The node of each expanded macro's definition (MacroInfos live as
  /// long as the preprocessor, so a pointer names one definition).
  llvm::DenseMap<const MacroInfo *, int> DefNodes;
  /// Parallel to Out.Macros: the identifier and definition recorded.
  std::vector<std::pair<const IdentifierInfo *, const MacroInfo *>> MacroIds;
};

class DiagRecorder : public DiagnosticConsumer {
public:
  explicit DiagRecorder(Recorded &Out) : Out(Out) {}
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level == DiagnosticsEngine::Note) {
      if (LastKept && !Out.Tree.Diags.empty())
        Out.Tree.Diags.back().Notes.push_back(make(Level, Info));
      return;
    }
    // Errors only, default-error diagnostics and warnings a pragma makes
    // errors included. Nothing reads warnings: captures run with -w, and
    // the few that arrive after a `#pragma GCC diagnostic error` (which
    // turns warnings back on) are dropped here.
    LastKept = Level >= DiagnosticsEngine::Error;
    if (LastKept)
      Out.Tree.Diags.push_back(make(Level, Info));
  }

private:
  CompilerDiag make(DiagnosticsEngine::Level Level, const Diagnostic &Info) {
    CompilerDiag D;
    D.Level = Level == DiagnosticsEngine::Fatal   ? "fatal error"
              : Level == DiagnosticsEngine::Error ? "error"
              : Level == DiagnosticsEngine::Note  ? "note"
                                                  : "warning";
    llvm::SmallString<128> Msg;
    Info.FormatDiagnostic(Msg);
    D.Message = printableUtf8(Msg);
    classify(Info, D);
    D.Parse = DiagnosticIDs::getCategoryNameFromID(
                  DiagnosticIDs::getCategoryNumberForDiag(Info.getID())) ==
              "Parse Issue";
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      SourceLocation L = SM.getExpansionLoc(Info.getLocation());
      int Node = Out.nodeAt(SM, L);
      PresumedLoc PL = SM.getPresumedLoc(L);
      D.Node = Node;
      D.File = Node >= 0 ? Out.Tree.Nodes[Node].Header
                         : (PL.isValid() ? PL.getFilename() : "");
      if (D.Kind == DiagKind::HashError)
        D.Name = D.File; // The header that refuses to compile.
      if (PL.isValid()) {
        D.Line = PL.getLine();
        D.Column = PL.getColumn();
      }
      D.MainMacro = mainMacroAt(SM, Info.getLocation());
      D.OuterMacro = outerMacroAt(SM, Info.getLocation());
    }
    return D;
  }

  /// The first macro on the expansion stack that the main file defined.
  std::string mainMacroAt(const SourceManager &SM, SourceLocation L) const {
    LangOptions LO;
    for (unsigned Depth = 0; L.isMacroID() && Depth < 64; ++Depth) {
      StringRef Name = Lexer::getImmediateMacroName(L, SM, LO);
      if (Out.MainMacroNames.count(Name.str()))
        return Name.str();
      L = SM.getImmediateMacroCallerLoc(L);
    }
    return "";
  }

  /// The macro written in the file whose expansion holds L, if any.
  static std::string outerMacroAt(const SourceManager &SM, SourceLocation L) {
    LangOptions LO;
    StringRef Name;
    for (unsigned Depth = 0; L.isMacroID() && Depth < 64; ++Depth) {
      Name = Lexer::getImmediateMacroName(L, SM, LO);
      L = SM.getImmediateMacroCallerLoc(L);
    }
    return L.isMacroID() ? "" : Name.str();
  }

  /// Map the diagnostics the checks reason about to a kind and a name.
  static void classify(const Diagnostic &Info, CompilerDiag &D) {
    switch (Info.getID()) {
    case diag::err_undeclared_var_use:
    case diag::err_undeclared_var_use_suggest:
      D.Kind = DiagKind::Undeclared;
      break;
    case diag::err_unknown_typename:
    case diag::err_unknown_typename_suggest:
      D.Kind = DiagKind::UnknownType;
      break;
    case diag::ext_implicit_function_decl_c99:
    case diag::ext_implicit_lib_function_decl:
    case diag::ext_implicit_lib_function_decl_c99:
    case diag::warn_implicit_function_decl:
      D.Kind = DiagKind::ImplicitFunction;
      break;
    case diag::err_redefinition:
    case diag::err_redefinition_different_kind:
    case diag::err_redefinition_different_type:
    case diag::err_redefinition_different_typedef:
    case diag::err_redefinition_of_enumerator:
      D.Kind = DiagKind::Redefinition;
      break;
    case diag::err_conflicting_types:
    // The same name declared twice in ways C cannot reconcile: the
    // package's `static int getline(...)` after <stdio.h>'s extern one,
    // its `union wait` against a libc `struct wait`.
    case diag::err_static_non_static:
    case diag::err_non_static_static:
    case diag::err_thread_non_thread:
    case diag::err_non_thread_thread:
    case diag::err_use_with_wrong_tag:
      D.Kind = DiagKind::ConflictingTypes;
      break;
    case diag::err_pp_file_not_found:
    case diag::err_pp_file_not_found_angled_include_not_fatal:
    case diag::err_pp_file_not_found_typo_not_fatal:
      D.Kind = DiagKind::FileNotFound;
      break;
    case diag::ext_pp_macro_redef:
      D.Kind = DiagKind::MacroRedefined;
      break;
    case diag::err_no_member:
    case diag::err_no_member_suggest:
      D.Kind = DiagKind::NoMember;
      break;
    case diag::err_pp_hash_error:
      D.Kind = DiagKind::HashError;
      return; // The message is the header's text, not a name.
    case diag::fatal_too_many_errors:
      D.Kind = DiagKind::TooManyErrors;
      return;
    // A tag declared (or only named) but not defined here, used where its
    // definition is needed: `struct user_regs_struct r;` on arm, `struct
    // statx` on a libc without statx(). The name is the tag's, whichever
    // typedef the code spelled.
    case diag::err_typecheck_decl_incomplete_type:
    case diag::err_tentative_def_incomplete_type:
    case diag::err_typecheck_incomplete_tag:
    case diag::err_field_incomplete_or_sizeless:
    case diag::err_array_incomplete_or_sizeless_type:
    case diag::err_sizeof_alignof_incomplete_or_sizeless_type:
    case diag::err_offsetof_incomplete_type:
    case diag::err_typecheck_arithmetic_incomplete_or_sizeless_type:
    case diag::err_typecheck_incomplete_type_not_modifiable_lvalue:
    case diag::err_dereference_incomplete_type:
    case diag::err_incomplete_type:
    case diag::err_call_incomplete_argument:
    case diag::err_call_incomplete_return:
    case diag::err_func_def_incomplete_result:
      for (unsigned I = 0; I < Info.getNumArgs(); ++I) {
        if (Info.getArgKind(I) != DiagnosticsEngine::ak_qualtype)
          continue;
        QualType T = QualType::getFromOpaquePtr(
            reinterpret_cast<void *>(Info.getRawArg(I)));
        if (const TagDecl *TD = T.isNull() ? nullptr : T->getAsTagDecl())
          if (const IdentifierInfo *II = TD->getIdentifier()) {
            D.Kind = DiagKind::IncompleteType;
            D.Name = II->getName().str();
          }
        break;
      }
      return;
    default:
      return;
    }
    // A typedef clash names the two types, not the typedef: take the name
    // from the declaration the diagnostic points at.
    if (Info.getID() == diag::err_redefinition_different_typedef &&
        Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      SourceLocation L = SM.getSpellingLoc(Info.getLocation());
      LangOptions LO;
      unsigned Len = Lexer::MeasureTokenLength(L, SM, LO);
      bool Invalid = false;
      const char *P = SM.getCharacterData(L, &Invalid);
      if (!Invalid && Len)
        D.Name.assign(P, Len);
      return;
    }
    // The name is the first quoted item of the message.
    size_t B = D.Message.find('\'');
    size_t E = B == std::string::npos ? B : D.Message.find('\'', B + 1);
    if (E != std::string::npos)
      D.Name = D.Message.substr(B + 1, E - B - 1);
  }

  Recorded &Out;
  bool LastKept = false;
};

} // namespace

void fillTexts(Recorded &Rec, std::vector<Declaration> &Decls,
               const SourceManager &SM, const LangOptions &LO) {
  // Read by the checks: the main file's object macros (their #define
  // values join the file's mode) and any declaration elsewhere of a name
  // the main file declares (a collision quotes the libc's); by --cheap:
  // the reserved object macros the package's headers define (part of the
  // probes' mode). Not the main file's other declarations: a function
  // definition's text is its whole body.
  llvm::StringSet<> Needed;
  for (const Declaration &D : Decls)
    if (D.Node == 0)
      Needed.insert(D.Name);
  for (const Declaration &D : Rec.Macros)
    if (D.Node == 0)
      Needed.insert(D.Name);
  // A main-file redefinition the compiler rejected (and may have left out
  // of the AST) is the file's name too.
  for (const CompilerDiag &D : Rec.Tree.Diags)
    if (D.Node == 0 && !D.Name.empty() &&
        (D.Kind == DiagKind::Redefinition || D.Kind == DiagKind::ConflictingTypes))
      Needed.insert(D.Name);
  auto Wanted = [&](const Declaration &D) {
    if (D.Node == 0)
      return D.Kind == NameKind::ObjectMacro;
    if (Needed.contains(D.Name))
      return true;
    return D.Kind == NameKind::ObjectMacro && D.Node > 0 &&
           isPackageOrigin(Rec.Tree.Nodes[D.Node].Origin) &&
           isReservedName(D.Name);
  };
  for (auto &[I, R] : Rec.DeclRanges)
    if (Wanted(Decls[I]))
      Decls[I].Text = oneLine(Lexer::getSourceText(R, SM, LO));
  for (auto &[I, R] : Rec.MacroRanges)
    if (Wanted(Rec.Macros[I]))
      Rec.Macros[I].Text = macroText(R, SM, LO);
  Rec.DeclRanges.clear();
  Rec.MacroRanges.clear();
}

std::unique_ptr<PPCallbacks> record(Preprocessor &PP, Recorded &Out) {
  for (const DirectoryLookup &DL : PP.getHeaderSearchInfo().search_dir_range())
    if (OptionalDirectoryEntryRef D = DL.getDirRef())
      Out.SearchDirs.push_back(normalizePath(D->getName()));
  return std::make_unique<Recorder>(PP, Out);
}

std::unique_ptr<DiagnosticConsumer> recordDiagnostics(Recorded &Out) {
  return std::make_unique<DiagRecorder>(Out);
}

} // namespace hstack
