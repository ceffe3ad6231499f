//===- UnavailableApi.cpp - GNU-isms and APIs some libc lacks -------------===//
//
// unavailable-api: the file uses a function, macro, type or header that
// some target does not declare in the file's feature-macro mode, or declares
// only with _GNU_SOURCE / _DEFAULT_SOURCE. Availability is derived from the
// real sysroots (by compiling); rules/apis.yaml adds only what headers cannot
// tell (differing semantics, portable replacements). A header that exists on
// no target at all is a missing dependency: an environment finding, never
// blamed on the libc.
//
//===----------------------------------------------------------------------===//
#include "Analysis/Checks/CheckUtil.h"

#include "llvm/ADT/StringExtras.h"

#include <map>

namespace hstack {
namespace {

class UnavailableApiCheck : public Check {
public:
  void run(const CheckContext &Ctx, const FileFacts &F,
           std::vector<Finding> &Out) override {
    names(Ctx, F, Out);
    headers(Ctx, F, Out);
    semantics(Ctx, F, Out);
    modes(Ctx, F, Out);
    ownErrors(F, Out);
    members(F, Out);
  }

private:
  const ApiRule *apiRule(const CheckContext &Ctx, const std::string &Name) {
    for (const ApiRule &R : Ctx.Rules.Apis)
      if (R.Name == Name)
        return &R;
    return nullptr;
  }

  void names(const CheckContext &Ctx, const FileFacts &F,
             std::vector<Finding> &Out) {
    std::set<std::string> Nested = nestedFunctions(F);
    for (const UsedName &U : usedNames(F, Ctx.Rules.Headers)) {
      if (Nested.count(U.Name))
        continue;
      std::vector<const UsedName::OnTarget *> Missing;
      for (const UsedName::OnTarget &B : U.Broken)
        if (findProvider(Ctx, F, U, {B.TF}).empty())
          Missing.push_back(&B);
      if (Missing.empty() || !libcName(Ctx, F, U))
        continue;
      // Headers that declare it elsewhere: where to look for a GNU-only one.
      std::vector<std::string> Homes;
      for (const UsedName::OnTarget &R : U.Resolved)
        if (R.Home > 0)
          Homes.push_back(R.TF->Tree.Nodes[R.Home].Header);
      Finding Fd;
      Fd.Check = "unavailable-api";
      Fd.File = U.File.empty() ? F.File : U.File;
      Fd.Line = U.Line;
      Fd.Column = U.Column;
      Fd.Name = U.Name;
      std::set<std::string> Affected;
      std::vector<std::string> GnuOnly, DefaultOnly, Absent, Opaque;
      const char *Verb = U.NeedsDefinition ? "defined" : "declared";
      for (const UsedName::OnTarget *B : Missing) {
        const Target &T = *B->TF->T;
        TargetEvidence E;
        E.Target = T.Name;
        E.Breaks = true;
        auto [Hidden, Macro] = hiddenByMode(Ctx, F, T, U, Homes);
        if (!Hidden.empty()) {
          E.Note = "'" + U.spelled() + "' is " + Verb + " in <" + Hidden +
                   "> only with " + Macro;
          if (Macro == "_DEFAULT_SOURCE") {
            E.Note += ", which the file's " +
                      llvm::join(strictArgs(F.ModeArgs), " ") + " turns off";
            DefaultOnly.push_back(T.Name);
          } else {
            GnuOnly.push_back(T.Name);
          }
        } else if (U.NeedsDefinition && tagDecl(*B->TF, U.Name, false)) {
          // Declared (the file's own parse saw it), defined nowhere: FILE
          // on musl, whose members are the libc's business.
          E.Note = T.Libc + " " + T.Version + " declares '" + U.spelled() +
                   "' but no header defines it: an opaque type, without "
                   "members or size for the program (" +
                   B->Diag->Message + ")";
          Opaque.push_back(T.Name);
        } else {
          E.Note = T.Libc + " " + T.Version + " does not declare '" + U.spelled() +
                   "' (" + B->Diag->Message + ")";
          Absent.push_back(T.Name);
        }
        Fd.Evidence.push_back(std::move(E));
        Affected.insert(T.Name);
      }
      // Where a needed definition exists, the definition is the evidence,
      // whether the code spelled the tag or a typedef of it (FILE).
      std::set<const TargetFacts *> Shown;
      if (U.NeedsDefinition)
        for (const TargetFacts &TF : F.Targets)
          if (!TF.Skipped && !Affected.count(TF.T->Name))
            if (const Declaration *D = tagDecl(TF, U.Name, true)) {
              TargetEvidence E;
              E.Target = TF.T->Name;
              E.Chain = chainLinks(TF.Tree, D->Node, D->Line);
              E.Note = "defined here";
              Fd.Evidence.push_back(std::move(E));
              Shown.insert(&TF);
            }
      for (const UsedName::OnTarget &R : U.Resolved) {
        if (Shown.count(R.TF))
          continue;
        TargetEvidence E;
        E.Target = R.TF->T->Name;
        E.Chain = chainLinks(R.TF->Tree, R.Node, R.DeclLine);
        E.Note = "declared here";
        Fd.Evidence.push_back(std::move(E));
      }
      std::vector<std::string> Parts;
      if (!Absent.empty())
        Parts.push_back("is not available on " + joinNames(Absent));
      if (!Opaque.empty())
        Parts.push_back("is declared but never defined (an opaque type) on " +
                        joinNames(Opaque));
      // Hidden by the mode: "declared on A only with _GNU_SOURCE" when
      // that is all, else a clause after the others.
      std::vector<std::pair<std::string, std::vector<std::string>>> ModeOnly;
      if (!GnuOnly.empty())
        ModeOnly.push_back({"_GNU_SOURCE", GnuOnly});
      if (!DefaultOnly.empty())
        ModeOnly.push_back({"_DEFAULT_SOURCE", DefaultOnly});
      Fd.Message = "'" + U.spelled() + "' ";
      if (Parts.empty()) {
        Fd.Message += std::string("is ") + Verb + " on " +
                      joinNames(ModeOnly[0].second) + " only with " +
                      ModeOnly[0].first;
        ModeOnly.erase(ModeOnly.begin());
      } else {
        Fd.Message += llvm::join(Parts, ", and ");
      }
      for (const auto &[Macro, Targets] : ModeOnly)
        Fd.Message += ", and only with " + Macro + " on " + joinNames(Targets);
      if (const ApiRule *R = apiRule(Ctx, U.Name); R && !R->Replacement.empty())
        Fd.Message += "; portable alternative: " + R->Replacement;
      finishFinding(Fd, F, Affected);
      Out.push_back(std::move(Fd));
    }
  }

  /// Functions the main file defines inside another function, a GCC
  /// extension clang rejects ("function definition is not allowed
  /// here"), so their later uses are undeclared: the file's own names,
  /// not libc gaps, whatever the libc's text mentions (ppp's eap-tls.c
  /// defines `writer` and `stub` so; glibc's headers say "writer" in a
  /// comment). The name is the one before the first '(' on the error's
  /// line (before the '{'), or on one of the two lines above.
  static std::set<std::string> nestedFunctions(const FileFacts &F) {
    std::set<std::string> Out;
    if (F.LineDirectives)
      return Out; // Error lines are not the file's own lines.
    for (const TargetFacts &TF : F.Targets) {
      if (TF.Skipped)
        continue;
      for (const CompilerDiag &D : TF.Tree.Diags) {
        if (D.Node != 0 || !isError(D) || D.Line == 0 ||
            D.Line > F.Lines.size() ||
            D.Message != "function definition is not allowed here")
          continue;
        for (unsigned L = D.Line; L >= 1 && L + 3 > D.Line; --L) {
          llvm::StringRef Text(F.Lines[L - 1]);
          if (L == D.Line && D.Column > 0)
            Text = Text.take_front(D.Column - 1);
          size_t Paren = Text.find('(');
          if (Paren == llvm::StringRef::npos)
            continue;
          llvm::StringRef Before = Text.take_front(Paren).rtrim();
          size_t Start = Before.size();
          while (Start &&
                 (llvm::isAlnum(Before[Start - 1]) || Before[Start - 1] == '_'))
            --Start;
          llvm::StringRef Name = Before.drop_front(Start);
          if (!Name.empty() && !llvm::isDigit(Name.front()))
            Out.insert(Name.str());
          break;
        }
      }
    }
    return Out;
  }

  /// The libc's declaration of tag Name in the file's parse on TF (with
  /// Definition, its definition), or null.
  static const Declaration *tagDecl(const TargetFacts &TF,
                                    const std::string &Name, bool Definition) {
    for (const Declaration &D : TF.Decls)
      if (D.Node > 0 && D.Name == Name &&
          nameSpaceOf(D.Kind) == NameSpace::Tag &&
          TF.Tree.Nodes[D.Node].Origin != HeaderOrigin::Main &&
          (!Definition || D.IsDefinition))
        return &D;
    return nullptr;
  }

  /// Is this a libc's name at all? Some target declares it, or some
  /// target's public headers mention it. A name no libc knows is the
  /// package's own (a missing prototype), not a libc gap.
  static bool libcName(const CheckContext &Ctx, const FileFacts &F,
                       const UsedName &U) {
    if (!U.Resolved.empty())
      return true;
    for (const TargetFacts &TF : F.Targets)
      if (!TF.Skipped && !Ctx.Oracle.mentioning(*TF.T, U.Name).empty())
        return true;
    return false;
  }

  /// A header that declares the name on T with a feature macro the
  /// file's mode lacks, and that macro: _DEFAULT_SOURCE when the mode is
  /// stricter than the libc's default (-std=c99, -D_POSIX_C_SOURCE=...)
  /// and that is enough (u_int32_t, MAP_ANONYMOUS), else _GNU_SOURCE.
  /// {"", ""} when neither exposes it.
  static std::pair<std::string, std::string>
  hiddenByMode(const CheckContext &Ctx, const FileFacts &F, const Target &T,
               const UsedName &U, const std::vector<std::string> &Homes) {
    std::vector<std::string> Candidates = Homes;
    for (const std::string &H : Ctx.Oracle.mentioning(T, U.Name))
      Candidates.push_back(H);
    for (const char *Macro : {"_DEFAULT_SOURCE", "_GNU_SOURCE"}) {
      // In the default mode _DEFAULT_SOURCE is already on: nothing to try.
      if (llvm::StringRef(Macro) == "_DEFAULT_SOURCE" &&
          strictArgs(F.ModeArgs).empty())
        continue;
      std::vector<std::string> Mode = F.ModeArgs;
      Mode.push_back(std::string("-D") + Macro);
      std::set<std::string> Tried;
      for (const std::string &H : Candidates)
        if (Tried.insert(H).second && Tried.size() <= 24 &&
            Ctx.Oracle.exposes(T, Mode, H, U.Name, U.NS, U.NeedsDefinition))
          return {H, Macro};
    }
    return {"", ""};
  }

  /// The arguments of the mode that turn the libcs' default feature set
  /// off: a strict ISO standard, or a POSIX/XSI/ISO feature macro asked
  /// for explicitly. Empty in the default mode.
  static std::vector<std::string>
  strictArgs(const std::vector<std::string> &Mode) {
    std::vector<std::string> Out;
    for (const std::string &Arg : Mode) {
      llvm::StringRef A(Arg);
      if (A == "-ansi" || A.starts_with("-std=c") || A.starts_with("-std=iso")) {
        Out.push_back(Arg);
        continue;
      }
      if (!A.consume_front("-D"))
        continue;
      llvm::StringRef Name = A.split('=').first;
      if (Name == "_POSIX_SOURCE" || Name == "_POSIX_C_SOURCE" ||
          Name == "_XOPEN_SOURCE" || Name.starts_with("_ISOC"))
        Out.push_back(Arg);
    }
    return Out;
  }

  void headers(const CheckContext &Ctx, const FileFacts &F,
               std::vector<Finding> &Out) {
    std::map<std::string, Finding> ByHeader;
    std::map<std::string, std::set<std::string>> Affected;
    for (auto [TFP, C] : missingIncludes(F)) {
      const TargetFacts &TF = *TFP;
      const IncludeNode &N = TF.Tree.Nodes[C];
      HeaderClass Class = Ctx.Rules.Headers.classify(N.Header);
      if (Class == HeaderClass::Internal ||
          Class == HeaderClass::KernelInternal ||
          libraryHeader(Ctx, N.Header, TF.T->Libc))
        continue; // internal-header's or missing-library's finding.
      Finding &Fd =
          findingForInclude(ByHeader, F, TF.Tree, C, "unavailable-api");
      TargetEvidence E;
      E.Target = TF.T->Name;
      E.Breaks = true;
      E.Note = "<" + N.Header + "> does not exist on " + TF.T->Name;
      Fd.Evidence.push_back(std::move(E));
      Affected[N.Header].insert(TF.T->Name);
    }
    for (auto &[Header, Fd] : ByHeader) {
      bool Anywhere = false;
      for (const TargetFacts &TF : F.Targets)
        if (!TF.Skipped && Ctx.Oracle.headerExists(*TF.T, Header))
          Anywhere = true;
      finishFinding(Fd, F, Affected[Header]);
      if (!Anywhere && !Fd.PortabilitySpecific) {
        // No libc has it: a dependency the environment lacks.
        Fd.Check = "environment";
        Fd.Environment = true;
        Fd.Message = "<" + Header + "> is in no target's libc and was not "
                     "found among the dependency headers; install the "
                     "package that provides it (or pass --deps-sysroot)";
      } else {
        Fd.Check = "unavailable-api";
        Fd.Message = "<" + Header + "> does not exist on " +
                     joinNames(Fd.TargetsAffected);
        if (const ApiRule *R = apiRule(Ctx, Header); R && !R->Replacement.empty())
          Fd.Message += "; portable alternative: " + R->Replacement;
      }
      Out.push_back(std::move(Fd));
    }
  }

  /// An error of the main file on a line that uses Name, or that names
  /// it, as clang quotes a type ("assigning to 'iconv_t' (aka 'long')
  /// from 'void *'" where a struct member of that type is set).
  static const CompilerDiag *errorOnUseLine(const TargetFacts &TF,
                                            const std::string &Name) {
    for (const CompilerDiag *D : packageErrors(TF.Tree))
      if (D->Node == 0) {
        if (quotesName(D->Message, Name))
          return D;
        for (const NameUse &Use : TF.Uses)
          if (Use.UseNode == 0 && Use.Name == Name && Use.Line == D->Line)
            return D;
      }
    return nullptr;
  }

  static bool libraryHeader(const CheckContext &Ctx, const std::string &Header,
                            const std::string &Libc) {
    for (const LibraryRule &L : Ctx.Rules.Libraries)
      if (std::find(L.Headers.begin(), L.Headers.end(), Header) !=
          L.Headers.end())
        if (const LibraryRule::PerLibc *P = L.forLibc(Libc))
          if (P->Provider == "package")
            return true;
    return false;
  }

  /// A member of a libc struct that some target's struct lacks, in the
  /// file's mode: `st.st_mtim` under -std=c99 (glibc and uClibc-ng declare
  /// it only with POSIX 2008, musl always), `tm->tm_gmtoff` under -std=c11.
  void members(const FileFacts &F, std::vector<Finding> &Out) {
    std::map<std::string, Finding> ByKey;
    std::map<std::string, std::set<std::string>> Affected;
    for (const TargetFacts &TF : F.Targets) {
      if (TF.Skipped)
        continue;
      const IncludeTree &T = TF.Tree;
      for (const CompilerDiag *D : packageErrors(T)) {
        if (D->Kind != DiagKind::NoMember || D->Name.empty())
          continue;
        // "no member named 'm' in 'struct r'": the record is the second
        // quoted item; it must be the libc's.
        llvm::StringRef Msg(D->Message);
        size_t A = Msg.find('\'', Msg.find('\'', Msg.find('\'') + 1) + 1);
        size_t B = A == llvm::StringRef::npos ? A : Msg.find('\'', A + 1);
        if (B == llvm::StringRef::npos)
          continue;
        std::string Record = Msg.substr(A + 1, B - A - 1).str();
        llvm::StringRef Tag(Record);
        Tag.consume_front("struct ") || Tag.consume_front("union ");
        const Declaration *RD = nullptr;
        for (const Declaration &Dl : TF.Decls)
          if (Dl.Name == Tag &&
              (Dl.Kind == NameKind::Struct || Dl.Kind == NameKind::Union ||
               Dl.Kind == NameKind::Typedef) &&
              isLibcNode(T, Dl.Node)) {
            RD = &Dl;
            break;
          }
        if (!RD)
          continue; // The package's own struct: not the libc's business.
        std::string Key = Record + "." + D->Name;
        Finding &Fd = ByKey[Key];
        if (Fd.Check.empty()) {
          Fd.Check = "unavailable-api";
          Fd.File = D->Node == 0 ? F.File : displayPath(T.Nodes[D->Node].Path);
          Fd.Line = D->Line;
          Fd.Column = D->Column;
          Fd.Name = D->Name;
          Fd.Message = "'" + Record + "' has no member '" + D->Name + "'";
        }
        if (Affected[Key].count(TF.T->Name))
          continue;
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = true;
        E.Chain = chainLinks(T, RD->Node, RD->Line);
        E.Note = TF.T->Libc + " " + TF.T->Version + ": " + D->Message;
        Fd.Evidence.push_back(std::move(E));
        Affected[Key].insert(TF.T->Name);
      }
    }
    for (auto &[Key, Fd] : ByKey) {
      finishFinding(Fd, F, Affected[Key]);
      if (Fd.PortabilitySpecific)
        Fd.Message += " on " + joinNames(Fd.TargetsAffected);
      Fd.Message += " in the file's mode";
      Out.push_back(std::move(Fd));
    }
  }

  /// A libc header that refuses the file's feature-macro mode with #error
  /// (glibc 2.34+'s features-time64.h: "_TIME_BITS=64 is allowed only with
  /// _FILE_OFFSET_BITS=64"): the mode is not available on that target.
  void modes(const CheckContext &Ctx, const FileFacts &F,
             std::vector<Finding> &Out) {
    std::map<std::string, Finding> ByHeader;
    std::map<std::string, std::set<std::string>> Affected;
    for (const TargetFacts &TF : F.Targets) {
      if (TF.Skipped)
        continue;
      const IncludeTree &T = TF.Tree;
      for (const CompilerDiag &D : T.Diags) {
        if (!isError(D) || D.Kind != DiagKind::HashError ||
            !isLibcNode(T, D.Node))
          continue;
        // The package's #include the chain leaves the package's code by.
        int Inc = -1;
        for (int N : T.chain(D.Node))
          if (N > 0 && !isPackageNode(T, N)) {
            Inc = N;
            break;
          }
        // An internal header's "never include this directly" is
        // internal-header's finding.
        HeaderClass Class = Inc < 0 ? HeaderClass::Public
                                    : Ctx.Rules.Headers.classify(T.Nodes[Inc].Header);
        if (Inc < 0 || Class == HeaderClass::Internal ||
            Class == HeaderClass::KernelInternal)
          continue;
        Finding &Fd = findingForInclude(ByHeader, F, T, Inc, "unavailable-api");
        if (Fd.Evidence.empty()) {
          Fd.Name = D.Name;
          Fd.Message = "<" + D.File + "> refuses the file's mode: #error " +
                       D.Message;
        }
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = true;
        E.Chain = chainLinks(T, D.Node, D.Line);
        E.Note = "#error " + D.Message;
        Fd.Evidence.push_back(std::move(E));
        Affected[T.Nodes[Inc].Header].insert(TF.T->Name);
      }
    }
    for (auto &[Header, Fd] : ByHeader) {
      finishFinding(Fd, F, Affected[Header]);
      Out.push_back(std::move(Fd));
    }
  }

  /// The package's own `#error` (in the main file or one of its headers),
  /// reached on some targets because the conditions before it test libc
  /// macros those targets do not define
  /// (or define where others do not): gnulib's fseeko.c tries glibc's
  /// `_IO_EOF_SEEN`, BSD's `__sferror`, `__UCLIBC__`, ... and ends in
  /// "Please port gnulib fseeko.c to your platform!" on musl.
  void ownErrors(const FileFacts &F, std::vector<Finding> &Out) {
    // A libc's or compiler header's macro; the compiler's own predefines
    // (__x86_64__) say which arch, not which libc.
    auto Libc = [](const MainConditional::Macro &M) {
      return M.FromLibc && M.Origin != "<built-in>";
    };
    // By file ("" for the main file) and line.
    std::map<std::pair<std::string, unsigned>, Finding> ByPlace;
    std::map<std::pair<std::string, unsigned>, std::set<std::string>> Affected;
    for (const TargetFacts &TF : F.Targets) {
      if (TF.Skipped)
        continue;
      for (const CompilerDiag &D : TF.Tree.Diags) {
        if (!isError(D) || D.Kind != DiagKind::HashError ||
            !isPackageNode(TF.Tree, D.Node) || TF.Tree.SyntheticRoot)
          continue;
        std::string Path = filePath(TF, D.Node);
        std::vector<const MainConditional *> Chain =
            branchesTo(TF, D.Node, D.Line);
        if (Chain.empty())
          continue;
        // Each macro the branches test, and whether it decides between
        // this target and one where the file gets past them.
        std::vector<std::string> Names;
        for (const MainConditional *M : Chain)
          for (const MainConditional::Macro &Mac : M->Macros)
            if (llvm::find(Names, Mac.Name) == Names.end())
              Names.push_back(Mac.Name);
        std::vector<std::string> Lacks, Has;
        std::vector<TargetEvidence> Fine;
        for (const TargetFacts &O : F.Targets) {
          if (O.Skipped || &O == &TF || errorAt(O, Path, D.Line))
            continue;
          std::vector<std::string> Deciding;
          for (const std::string &Name : Names) {
            const MainConditional::Macro *Here = macroIn(TF, Path, Chain, Name);
            const MainConditional::Macro *There = macroIn(O, Path, Chain, Name);
            if (!Here || !There)
              continue; // The branches were not evaluated there.
            bool DefHere = !Here->Origin.empty(), DefThere = !There->Origin.empty();
            if (DefThere && !DefHere && Libc(*There)) {
              Deciding.push_back(Name + " from <" + There->Origin + ">");
              if (llvm::find(Lacks, Name) == Lacks.end())
                Lacks.push_back(Name);
            } else if (DefHere && !DefThere && Libc(*Here)) {
              Deciding.push_back("no " + Name);
              if (llvm::find(Has, Name) == Has.end())
                Has.push_back(Name);
            }
          }
          if (Deciding.empty())
            continue;
          TargetEvidence E;
          E.Target = O.T->Name;
          const MainConditional *Taken = takenBranch(O, Path, Chain);
          std::string How =
              Taken ? "takes `" + Taken->Text + "` (line " +
                          std::to_string(Taken->Begin) + ")"
              : Chain.size() == 1
                  ? "skips `" + Chain[0]->Text + "` (line " +
                        std::to_string(Chain[0]->Begin) + ")"
                  : std::string("takes none of those branches");
          E.Note = How + ": " + llvm::join(Deciding, ", ");
          Fine.push_back(std::move(E));
        }
        if (Lacks.empty() && Has.empty())
          continue; // Not the libc's doing: left to compile-error.
        Finding &Fd = ByPlace[{Path, D.Line}];
        if (Fd.Evidence.empty()) {
          Fd.Check = "unavailable-api";
          Fd.File = displayFile(F, TF.Tree, D.Node);
          Fd.Line = D.Line;
          Fd.Column = D.Column;
          Fd.Name = !Lacks.empty() ? Lacks.front() : Has.front();
        }
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = true;
        std::string Why;
        if (!Lacks.empty())
          Why = TF.T->Libc + " " + TF.T->Version + " defines none of " +
                llvm::join(Lacks, ", ");
        if (!Has.empty())
          Why += (Why.empty() ? TF.T->Libc + " " + TF.T->Version : std::string(", and")) +
                 " defines " + llvm::join(Has, ", ");
        E.Note = "#error " + D.Message + " (" + Why + ")";
        Fd.Evidence.push_back(std::move(E));
        for (TargetEvidence &FE : Fine)
          if (llvm::none_of(Fd.Evidence, [&](const TargetEvidence &X) {
                return X.Target == FE.Target;
              }))
            Fd.Evidence.push_back(std::move(FE));
        Affected[{Path, D.Line}].insert(TF.T->Name);
      }
    }
    for (auto &[Place, Fd] : ByPlace) {
      // Breaking targets first, in target order, then the others.
      std::stable_partition(Fd.Evidence.begin(), Fd.Evidence.end(),
                            [](const TargetEvidence &E) { return E.Breaks; });
      std::vector<std::string> Broken;
      for (const TargetFacts &TF : F.Targets)
        if (Affected[Place].count(TF.T->Name))
          Broken.push_back(TF.T->Name);
      Fd.Message = "the file reaches its own #error on " + joinNames(Broken) +
                   ": the branches before it test libc macros that decide "
                   "differently there (" + Fd.Name + ")";
      finishFinding(Fd, F, Affected[Place]);
      Out.push_back(std::move(Fd));
    }
  }

  /// The branches of TF's file Node that lead to Line: the innermost
  /// branch holding it and the branches of the same block before it,
  /// first one (the #if) first. Empty when Line is in no conditional.
  static std::vector<const MainConditional *>
  branchesTo(const TargetFacts &TF, int Node, unsigned Line) {
    const MainConditional *Cur = nullptr;
    for (const MainConditional &M : TF.MainConds)
      if (M.Node == Node && M.Begin < Line && Line <= M.End &&
          (!Cur || M.Begin >= Cur->Begin))
        Cur = &M;
    std::vector<const MainConditional *> Chain;
    while (Cur) {
      Chain.push_back(Cur);
      llvm::StringRef Text(Cur->Text);
      if (!Text.starts_with("#elif") && !Text.starts_with("#else"))
        break;
      // The branch before ends on the line before this one's directive;
      // of such branches (a nested block may end there too), the
      // outermost.
      const MainConditional *Prev = nullptr;
      for (const MainConditional &M : TF.MainConds)
        if (M.Node == Node && M.End + 1 == Cur->Begin &&
            M.Begin < Cur->Begin && (!Prev || M.Begin < Prev->Begin))
          Prev = &M;
      Cur = Prev;
    }
    std::reverse(Chain.begin(), Chain.end());
    return Chain;
  }

  /// The record of macro Name in TF's branch of file Path that starts
  /// where one of Chain's does, or null when TF did not evaluate those
  /// branches.
  static const MainConditional::Macro *
  macroIn(const TargetFacts &TF, const std::string &Path,
          const std::vector<const MainConditional *> &Chain,
          const std::string &Name) {
    for (const MainConditional *C : Chain)
      for (const MainConditional &M : TF.MainConds)
        if (M.Begin == C->Begin && M.Text == C->Text &&
            filePath(TF, M.Node) == Path)
          for (const MainConditional::Macro &Mac : M.Macros)
            if (Mac.Name == Name)
              return &Mac;
    return nullptr;
  }

  /// The branch of Chain that TF entered in file Path (its first line
  /// after the directive was not skipped), or null.
  static const MainConditional *
  takenBranch(const TargetFacts &TF, const std::string &Path,
              const std::vector<const MainConditional *> &Chain) {
    int Node = -1;
    for (size_t N = 0; N < TF.Tree.Nodes.size() && Node < 0; ++N)
      if (filePath(TF, static_cast<int>(N)) == Path &&
          TF.Tree.Nodes[N].Status == IncludeStatus::Entered)
        Node = static_cast<int>(N);
    if (Node < 0)
      return nullptr;
    const auto &Skipped = TF.Tree.Nodes[Node].SkippedLines;
    for (const MainConditional *C : Chain) {
      if (C->Begin >= C->End)
        continue;
      // A skipped range ends just after the directive that ends it, at the
      // start of the next line: that line itself was not skipped.
      unsigned L = C->Begin + 1;
      if (llvm::none_of(Skipped, [&](const auto &R) {
            return R.first <= L && L < R.second;
          }))
        return C;
    }
    return nullptr;
  }

  /// Does TF fail with an #error on this line of the package's file Path?
  static bool errorAt(const TargetFacts &TF, const std::string &Path,
                      unsigned Line) {
    return llvm::any_of(TF.Tree.Diags, [&](const CompilerDiag &D) {
      return isError(D) && D.Kind == DiagKind::HashError && D.Node >= 0 &&
             D.Line == Line && filePath(TF, D.Node) == Path;
    });
  }

  /// Names whose behaviour differs between libcs (rules/apis.yaml).
  void semantics(const CheckContext &Ctx, const FileFacts &F,
                 std::vector<Finding> &Out) {
    for (const UsedName &U : usedNames(F, Ctx.Rules.Headers)) {
      const ApiRule *R = apiRule(Ctx, U.Name);
      if (!R || R->Kind != "semantics" || U.Resolved.empty())
        continue;
      Finding Fd;
      Fd.Check = "unavailable-api";
      Fd.File = F.File;
      Fd.Line = U.Line;
      Fd.Column = U.Column;
      Fd.Name = U.Name;
      Fd.Sev = Severity::Warning;
      Fd.Message = "'" + U.Name + "' behaves differently between libcs: " +
                   R->Note;
      std::set<std::string> Affected;
      for (const UsedName::OnTarget &Res : U.Resolved) {
        bool Concerns = R->Libcs.empty() ||
                        std::find(R->Libcs.begin(), R->Libcs.end(),
                                  Res.TF->T->Libc) != R->Libcs.end();
        if (!Concerns)
          continue;
        TargetEvidence E;
        E.Target = Res.TF->T->Name;
        E.Chain = chainLinks(Res.TF->Tree, Res.Node, Res.DeclLine);
        E.Note = "source: " + R->Source;
        // The difference breaks the build where the compiler fails on a
        // line that uses the name (musl's int strerror_r returned as a
        // string).
        if (const CompilerDiag *D = errorOnUseLine(*Res.TF, U.Name)) {
          E.Breaks = true;
          E.Note = "fails here: " + D->Message + "; " + E.Note;
        }
        Fd.Evidence.push_back(std::move(E));
        Affected.insert(Res.TF->T->Name);
      }
      if (R->BreaksOnly) {
        llvm::erase_if(Fd.Evidence,
                       [](const TargetEvidence &E) { return !E.Breaks; });
        Affected.clear();
        for (const TargetEvidence &E : Fd.Evidence)
          Affected.insert(E.Target);
      }
      if (Fd.Evidence.empty())
        continue;
      finishFinding(Fd, F, Affected);
      Out.push_back(std::move(Fd));
    }
  }
};

} // namespace

std::unique_ptr<Check> makeUnavailableApiCheck() {
  return std::make_unique<UnavailableApiCheck>();
}

} // namespace hstack
