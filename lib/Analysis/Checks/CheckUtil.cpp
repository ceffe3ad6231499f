//===- CheckUtil.cpp - Pieces the lint checks share -----------------------===//
#include "Analysis/Checks/CheckUtil.h"
#include "Support/Utf8.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"

#include <algorithm>

namespace hstack {

std::vector<ChainLink> chainLinks(const IncludeTree &T, int Node,
                                  unsigned LastLine) {
  std::vector<int> C = T.chain(Node);
  std::vector<ChainLink> Out;
  for (size_t I = 0; I < C.size(); ++I)
    Out.push_back({T.Nodes[C[I]].Header,
                   I + 1 < C.size() ? T.Nodes[C[I + 1]].Line : LastLine});
  return Out;
}

std::set<std::string> directIncludes(const IncludeTree &T) {
  std::set<std::string> S;
  if (T.Nodes.empty())
    return S;
  for (int C : T.Nodes[0].Children)
    if (!T.Nodes[C].Forced)
      S.insert(T.Nodes[C].Header);
  return S;
}

int directInclude(const IncludeTree &T, const std::string &Header) {
  if (T.Nodes.empty())
    return -1;
  for (int C : T.Nodes[0].Children)
    if (!T.Nodes[C].Forced && T.Nodes[C].Header == Header)
      return C;
  return -1;
}

bool isError(const CompilerDiag &D) {
  return D.Level == "error" || D.Level == "fatal error";
}

bool isPackageNode(const IncludeTree &T, int Node) {
  return Node == 0 ||
         (Node > 0 && T.Nodes[Node].Origin == HeaderOrigin::Other &&
          T.Nodes[Node].Status == IncludeStatus::Entered);
}

bool isLibcNode(const IncludeTree &T, int Node) {
  return Node > 0 && (T.Nodes[Node].Origin == HeaderOrigin::Sysroot ||
                      T.Nodes[Node].Origin == HeaderOrigin::Compiler);
}

std::vector<const CompilerDiag *> packageErrors(const IncludeTree &T) {
  std::vector<const CompilerDiag *> Out;
  for (const CompilerDiag &D : T.Diags)
    if (isError(D) && D.Node >= 0 && isPackageNode(T, D.Node))
      Out.push_back(&D);
  return Out;
}

std::vector<int> packageIncludes(const IncludeTree &T) {
  std::vector<int> Out;
  for (int I = 1; I < static_cast<int>(T.Nodes.size()); ++I)
    if (!T.Nodes[I].Forced && isPackageNode(T, T.Nodes[I].Parent))
      Out.push_back(I);
  return Out;
}

std::vector<std::pair<const TargetFacts *, int>>
missingIncludes(const FileFacts &F) {
  std::vector<std::pair<const TargetFacts *, int>> Out;
  for (const TargetFacts &TF : F.Targets)
    if (!TF.Skipped)
      for (int C : packageIncludes(TF.Tree))
        if (TF.Tree.Nodes[C].Status == IncludeStatus::Missing)
          Out.push_back({&TF, C});
  return Out;
}

Finding &findingForInclude(std::map<std::string, Finding> &ByHeader,
                           const FileFacts &F, const IncludeTree &T, int Node,
                           const char *Check) {
  const IncludeNode &N = T.Nodes[Node];
  Finding &Fd = ByHeader[N.Header];
  if (Fd.Check.empty()) {
    Fd.Check = Check;
    Fd.File = N.Parent == 0 ? F.File : displayPath(T.Nodes[N.Parent].Path);
    Fd.Line = N.Line;
    Fd.Column = 1;
    Fd.Name = N.Header;
  }
  return Fd;
}

std::string displayPath(const std::string &Abs) {
  llvm::SmallString<256> Cwd;
  if (!llvm::sys::fs::current_path(Cwd) &&
      llvm::StringRef(Abs).starts_with((Cwd + "/").str()))
    return Abs.substr(Cwd.size() + 1);
  return Abs;
}

unsigned includeInsertLine(const IncludeTree &T, unsigned UseLine) {
  unsigned Last = 0;
  if (!T.Nodes.empty())
    for (int C : T.Nodes[0].Children)
      if (!T.Nodes[C].Forced && T.Nodes[C].Line < UseLine)
        Last = std::max(Last, T.Nodes[C].Line);
  return Last + 1;
}

Finding &findingAt(std::map<std::string, Finding> &ByName, const FileFacts &F,
                   const IncludeTree &T, const std::string &Name, int Node,
                   unsigned Line, const char *Check) {
  Finding &Fd = ByName[Name];
  if (Fd.Check.empty()) {
    Fd.Check = Check;
    Fd.File = displayFile(F, T, Node);
    Fd.Line = Line;
    Fd.Column = 1;
    Fd.Name = Name;
  }
  return Fd;
}

Finding &findingAtDecl(std::map<std::string, Finding> &ByName,
                       const FileFacts &F, const IncludeTree &T,
                       const Declaration &D, const char *Check) {
  return findingAt(ByName, F, T, D.Name, D.Node, D.Line, Check);
}

std::string displayFile(const FileFacts &F, const IncludeTree &T, int Node) {
  return Node > 0 ? displayPath(T.Nodes[Node].Path) : F.File;
}

std::string filePath(const TargetFacts &TF, int Node) {
  return Node == 0 ? "" : TF.Tree.Nodes[Node].Path;
}

bool hasLineDirectives(const std::vector<std::string> &Lines) {
  return llvm::any_of(Lines, [](const std::string &L) {
    llvm::StringRef S = llvm::StringRef(L).ltrim();
    if (!S.consume_front("#"))
      return false;
    S = S.ltrim();
    return S.starts_with("line") || (!S.empty() && llvm::isDigit(S[0]));
  });
}

bool quotesName(llvm::StringRef Message, llvm::StringRef Name) {
  return !Name.empty() && Message.contains(("'" + Name + "'").str());
}

std::set<std::string> identifiersIn(llvm::StringRef Text) {
  std::set<std::string> Out;
  for (size_t B = 0; B < Text.size();) {
    if (!llvm::isAlpha(Text[B]) && Text[B] != '_') {
      ++B;
      continue;
    }
    size_t E = B;
    while (E < Text.size() && (llvm::isAlnum(Text[E]) || Text[E] == '_'))
      ++E;
    Out.insert(Text.slice(B, E).str());
    B = E;
  }
  return Out;
}

std::string joinNames(const std::vector<std::string> &Names) {
  std::string S;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      S += I + 1 == Names.size() ? " and " : ", ";
    S += Names[I];
  }
  return S;
}

/// The innermost branch of the package's code around File:Line whose
/// condition tests a macro the build configuration (not the libc) defined.
static std::string configGuard(const FileFacts &Facts, const std::string &File,
                               unsigned Line) {
  for (const TargetFacts &TF : Facts.Targets) {
    if (TF.Skipped)
      continue;
    // A configure choice comes from the command line or another file
    // (config.h); a header's own macros (its include guard) are not one.
    auto Config = [&](const MainConditional &M,
                      const MainConditional::Macro &Mac) {
      return !Mac.FromLibc && !Mac.Origin.empty() &&
             Mac.Origin != TF.Tree.Nodes[M.Node].Header;
    };
    const MainConditional *Best = nullptr;
    for (const MainConditional &M : TF.MainConds)
      if (M.Begin < Line && Line <= M.End &&
          File == displayFile(Facts, TF.Tree, M.Node) &&
          (!Best || M.Begin >= Best->Begin))
        for (const MainConditional::Macro &Mac : M.Macros)
          if (Config(M, Mac)) {
            Best = &M;
            break;
          }
    if (!Best)
      return "";
    for (const MainConditional::Macro &Mac : Best->Macros)
      if (Config(*Best, Mac))
        return Mac.Name + " (" + Mac.Origin + ")";
  }
  return "";
}

void finishFinding(Finding &F, const FileFacts &Facts,
                   const std::set<std::string> &Affected) {
  F.TargetsAffected.clear();
  F.TargetsOk.clear();
  for (const TargetFacts &TF : Facts.Targets) {
    if (TF.Skipped)
      continue;
    (Affected.count(TF.T->Name) ? F.TargetsAffected : F.TargetsOk)
        .push_back(TF.T->Name);
  }
  F.Breaks = std::any_of(F.Evidence.begin(), F.Evidence.end(),
                         [](const TargetEvidence &E) { return E.Breaks; });
  F.PortabilitySpecific = !F.TargetsOk.empty();
  if (F.Breaks)
    F.Sev = Severity::Error;
  // The context is the main file's line; a finding in a header (at a
  // config.h #define) has none, nor one in a file whose #line directives
  // make its lines another file's.
  if (F.File == Facts.File && !Facts.LineDirectives && F.Line > 0 &&
      F.Line <= Facts.Lines.size()) {
    std::string L = Facts.Lines[F.Line - 1];
    size_t B = L.find_first_not_of(" \t");
    size_t E = L.find_last_not_of(" \t\r");
    F.Context =
        B == std::string::npos ? "" : printableUtf8(L.substr(B, E - B + 1));
  }
  // Only for portability findings in the package's own code: a
  // configure-time branch taken for the host that another target needs
  // the other side of.
  if (F.PortabilitySpecific)
    F.ConfigGuard = configGuard(Facts, F.File, F.Line);
}

} // namespace hstack

namespace hstack {

static std::vector<UsedName> computeUsedNames(const FileFacts &F,
                                              const HeaderRules &Rules);

const std::vector<UsedName> &usedNames(const FileFacts &F,
                                       const HeaderRules &Rules) {
  if (!F.UsedCache)
    F.UsedCache = std::make_shared<const std::vector<UsedName>>(
        computeUsedNames(F, Rules));
  return *F.UsedCache;
}

static std::vector<UsedName> computeUsedNames(const FileFacts &F,
                                              const HeaderRules &Rules) {
  std::vector<UsedName> Out;
  // Keyed by name, tags apart: `struct stat` is not the function stat(),
  // but a macro on one libc is the function of another (isxdigit).
  auto KeyOf = [](const std::string &Name, NameSpace NS) {
    return NS == NameSpace::Tag ? "struct " + Name : Name;
  };
  std::map<std::string, size_t> Index;
  // Each target's errors in the package's code, read twice below.
  std::vector<std::vector<const CompilerDiag *>> Errors;
  for (const TargetFacts &TF : F.Targets)
    Errors.push_back(TF.Skipped ? std::vector<const CompilerDiag *>{}
                                : packageErrors(TF.Tree));
  auto Get = [&](const std::string &Name, NameSpace NS, const std::string &File,
                 unsigned Line, unsigned Col) -> UsedName & {
    auto [It, New] = Index.emplace(KeyOf(Name, NS), Out.size());
    if (New) {
      Out.push_back({});
      Out.back().Name = Name;
      Out.back().NS = NS;
      Out.back().File = File;
      Out.back().Line = Line;
      Out.back().Column = Col;
    }
    UsedName &U = Out[It->second];
    // The main file's first use wins over a header's.
    if (Line && ((U.File.empty() == File.empty() && Line < U.Line) ||
                 (!U.File.empty() && File.empty()) || !U.Line)) {
      U.File = File;
      U.Line = Line;
      U.Column = Col;
    }
    return U;
  };
  for (const TargetFacts &TF : F.Targets) {
    if (TF.Skipped)
      continue;
    const IncludeTree &T = TF.Tree;
    // The libc's declarations of the names used (of thousands declared).
    llvm::StringMap<std::vector<const Declaration *>> DeclsOf;
    for (const NameUse &Use : TF.Uses)
      DeclsOf.try_emplace(Use.Name);
    for (const Declaration &D : TF.Decls)
      if (D.Node > 0)
        if (auto It = DeclsOf.find(D.Name); It != DeclsOf.end())
          It->second.push_back(&D);
    std::set<std::string> Seen;
    for (const NameUse &Use : TF.Uses) {
      if (Use.UseNode != 0)
        continue; // A header's macro use: only read below.
      if (!isLibcNode(T, Use.DeclNode))
        continue; // The package's own headers are not the libc's business.
      NameSpace NS = nameSpaceOf(Use.Kind);
      if (!Seen.insert(KeyOf(Use.Name, NS)).second)
        continue;
      UsedName &U = Get(Use.Name, NS, "", Use.Line, Use.Column);
      U.NS = NS;
      if (NS == NameSpace::Tag)
        U.TagKeyword = Use.Kind == NameKind::Union ? "union"
                       : Use.Kind == NameKind::Enum ? "enum"
                                                    : "struct";
      // A name several headers declare (NULL, size_t) is provided by any
      // of them: prefer a declaration whose home the file includes itself.
      UsedName::OnTarget R{&TF, Use.DeclNode, Use.DeclLine,
                           homeOf(T, Use.DeclNode, Rules), nullptr};
      for (const Declaration *D : DeclsOf[Use.Name]) {
        int Home = homeOf(T, D->Node, Rules);
        if (Home > 0 && directInclude(T, T.Nodes[Home].Header) >= 0) {
          R = {&TF, D->Node, D->Line, Home, nullptr};
          break;
        }
      }
      U.Resolved.push_back(R);
    }
    for (const CompilerDiag *D : Errors[&TF - F.Targets.data()]) {
      NameSpace NS = D->Kind == DiagKind::IncompleteType ? NameSpace::Tag
                                                          : NameSpace::Ordinary;
      if ((D->Kind != DiagKind::Undeclared && D->Kind != DiagKind::UnknownType &&
           D->Kind != DiagKind::ImplicitFunction &&
           D->Kind != DiagKind::IncompleteType) ||
          D->Name.empty())
        continue;
      std::string File = D->Node == 0 ? "" : displayPath(T.Nodes[D->Node].Path);
      if (!Seen.insert(KeyOf(D->Name, NS)).second) {
        // A tag the code spelled resolves to the libc's declaration, and
        // still fails where the code needs it complete and the target
        // never defines it (`struct _IO_FILE *fp; fp->_IO_read_ptr` on
        // musl): broken there after all.
        auto It = Index.find(KeyOf(D->Name, NS));
        if (D->Kind != DiagKind::IncompleteType || It == Index.end())
          continue;
        UsedName &U = Out[It->second];
        auto R = llvm::find_if(U.Resolved, [&](const UsedName::OnTarget &O) {
          return O.TF == &TF;
        });
        if (R == U.Resolved.end()) {
          // Already broken here. Clang reports a tentative definition's
          // incomplete type at the end of the file: an earlier line of the
          // same file is the first place it fails.
          auto B = llvm::find_if(U.Broken, [&](const UsedName::OnTarget &O) {
            return O.TF == &TF;
          });
          if (B != U.Broken.end() && B->Diag->Node == D->Node &&
              D->Line < B->Diag->Line) {
            B->Diag = D;
            Get(D->Name, NS, File, D->Line, D->Column);
          }
          continue;
        }
        U.Resolved.erase(R);
      }
      UsedName &U = Get(D->Name, NS, File, D->Line, D->Column);
      if (NS == NameSpace::Tag && U.TagKeyword.empty())
        for (const char *Kw : {"struct", "union", "enum"})
          if (D->Message.find("'" + std::string(Kw) + " " + D->Name + "'") !=
              std::string::npos)
            U.TagKeyword = Kw;
      U.NeedsDefinition |= D->Kind == DiagKind::IncompleteType;
      U.Broken.push_back({&TF, -1, 0, -1, D});
    }
  }
  // A libc macro some targets define and another lacks leaves a bare
  // identifier there, and the error names no name: `void die(void)
  // __attribute_noinline__;` is "expected function body" on musl, which
  // has no <sys/cdefs.h>. Such an error on a line of the package's code
  // where other targets expand the macro is that macro's failure.
  bool AnyErrors = llvm::any_of(
      Errors, [](const auto &E) { return !E.empty(); });
  struct Site {
    const TargetFacts *TF;
    const NameUse *Use;
  };
  std::map<std::pair<std::string, unsigned>, std::vector<Site>> MacroAt;
  for (const TargetFacts &TF : F.Targets)
    if (!TF.Skipped && AnyErrors)
      for (const NameUse &Use : TF.Uses)
        if (nameSpaceOf(Use.Kind) == NameSpace::Macro &&
            isLibcNode(TF.Tree, Use.DeclNode))
          MacroAt[{filePath(TF, Use.UseNode), Use.Line}].push_back({&TF, &Use});
  auto On = [](const std::vector<UsedName::OnTarget> &List,
               const TargetFacts *TF) {
    return llvm::any_of(
        List, [&](const UsedName::OnTarget &R) { return R.TF == TF; });
  };
  for (const TargetFacts &TF : F.Targets) {
    for (const CompilerDiag *D : Errors[&TF - F.Targets.data()]) {
      auto It = MacroAt.find({filePath(TF, D->Node), D->Line});
      if (It == MacroAt.end())
        continue;
      const std::vector<Site> &Sites = It->second;
      for (const Site &S : Sites) {
        const std::string &Name = S.Use->Name;
        bool Here = llvm::any_of(Sites, [&](const Site &O) {
          return O.TF == &TF && O.Use->Name == Name;
        });
        // Defined on this target too, or declared there by the libc as
        // something else (a function where others have a macro): not what
        // failed. (The package's own code declaring the name is what the
        // failure looks like: `static_assert (...);` without the macro
        // parses as a declaration of a function static_assert.)
        if (Here || llvm::any_of(TF.Decls, [&](const Declaration &Dl) {
              return Dl.Name == Name && isLibcNode(TF.Tree, Dl.Node);
            }))
          continue;
        std::string File =
            D->Node == 0 ? "" : displayPath(TF.Tree.Nodes[D->Node].Path);
        UsedName &U = Get(Name, NameSpace::Macro, File, S.Use->Line,
                          S.Use->Column);
        U.NS = NameSpace::Macro;
        if (!On(U.Resolved, S.TF))
          U.Resolved.push_back({S.TF, S.Use->DeclNode, S.Use->DeclLine,
                                homeOf(S.TF->Tree, S.Use->DeclNode, Rules),
                                nullptr});
        if (!On(U.Broken, &TF) && !On(U.Resolved, &TF))
          U.Broken.push_back({&TF, -1, 0, -1, D});
      }
    }
  }
  // Stable order: main-file uses by position, then header ones, then name.
  std::stable_sort(Out.begin(), Out.end(), [](const UsedName &A,
                                               const UsedName &B) {
    return std::tie(A.File, A.Line, A.Column, A.Name) <
           std::tie(B.File, B.Line, B.Column, B.Name);
  });
  return Out;
}

std::string findProvider(const CheckContext &Ctx, const FileFacts &F,
                         const UsedName &U,
                         const std::vector<const TargetFacts *> &Need,
                         bool *Declares) {
  if (Declares)
    *Declares = true;
  // Candidates: the name's home headers where it resolves, then headers
  // that mention it on the targets that need it.
  std::vector<std::string> Homes, Mentions;
  std::map<std::string, int> HomeVotes;
  for (const UsedName::OnTarget &R : U.Resolved)
    if (R.Home > 0 && R.TF->Tree.Nodes[R.Home].Origin != HeaderOrigin::Main)
      ++HomeVotes[R.TF->Tree.Nodes[R.Home].Header];
  for (auto &[H, V] : HomeVotes)
    Homes.push_back(H);
  std::stable_sort(Homes.begin(), Homes.end(), [&](auto &A, auto &B) {
    return HomeVotes[A] > HomeVotes[B];
  });
  // Candidates are verified first where the name is missing, where most
  // fail: a rejected header then costs one exposure parse, not one per
  // target. (Which header is chosen does not depend on this order.)
  std::vector<const TargetFacts *> Verify(Need);
  std::stable_partition(Verify.begin(), Verify.end(),
                        [&](const TargetFacts *TF) {
                          return llvm::any_of(U.Broken, [&](const auto &B) {
                            return B.TF == TF;
                          });
                        });
  auto Works = [&](const std::string &H) {
    for (const TargetFacts *TF : Verify)
      if (!Ctx.Oracle.exposes(*TF->T, F.ModeArgs, H, U.Name, U.NS,
                              U.NeedsDefinition))
        return false;
    return true;
  };
  for (const std::string &H : Homes)
    if (Works(H))
      return H;
  // The oracle orders them nearest the spelling first; merge the targets'
  // lists round-robin so each target's best candidates come early.
  std::vector<std::vector<std::string>> Lists;
  for (const TargetFacts *TF : Need)
    Lists.push_back(Ctx.Oracle.mentioning(*TF->T, U.Name));
  std::set<std::string> Pool;
  for (size_t I = 0; Mentions.size() < 24; ++I) {
    bool Any = false;
    for (const auto &L : Lists)
      if (I < L.size()) {
        Any = true;
        if (Pool.insert(L[I]).second)
          Mentions.push_back(L[I]);
      }
    if (!Any)
      break;
  }
  // Best: a header that declares the name itself on every target that
  // needs it (<stdint.h> for uint32_t, not <elf.h>, which only stacks it in).
  std::string Stacking;
  for (const std::string &H : Mentions) {
    bool All = true, Own = true;
    for (const TargetFacts *TF : Verify) {
      auto Home = Ctx.Oracle.home(*TF->T, F.ModeArgs, H, U.Name, U.NS,
                                  U.NeedsDefinition);
      if (!Home) {
        All = false;
        break;
      }
      Own &= *Home == H;
    }
    if (All && Own)
      return H;
    if (All && Stacking.empty())
      Stacking = H;
  }
  if (Declares)
    *Declares = false;
  return Stacking;
}

} // namespace hstack
