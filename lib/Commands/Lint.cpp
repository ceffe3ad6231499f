//===- Lint.cpp - `hstack lint`: a package against many libc targets ------===//
#include "Analysis/Checks/CheckUtil.h"
#include "Capture/CompileCommands.h"
#include "Capture/HostDeps.h"
#include "Commands/Commands.h"
#include "Commands/LintCheap.h"
#include "Commands/LintConfig.h"
#include "Commands/LintOracle.h"
#include "Commands/ResultCache.h"
#include "Render/Render.h"
#include "Support/Parallel.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <tuple>

namespace hstack {

static std::vector<std::string> splitLines(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 0> Parts;
  Text.split(Parts, '\n');
  std::vector<std::string> Out;
  for (llvm::StringRef P : Parts)
    Out.push_back(P.rtrim('\r').str());
  return Out;
}

static bool hasCxxLibrary(const Target &T) {
  llvm::SmallString<256> P(T.Sysroot);
  llvm::sys::path::append(P, "usr", "include", "c++");
  return llvm::sys::fs::is_directory(P);
}

/// Where the package's code spells a libc macro on some target, or the
/// file's own macro expands inside a header: (file as displayed, line,
/// macro).
using MacroSites = std::set<std::tuple<std::string, unsigned, std::string>>;

/// Is a compiler error accounted for by a breaking finding on its target:
/// one about the same name (or a name the message quotes), at the same
/// place, about a macro that other targets expand on the error's line (a
/// missing `__THROW` fails wherever it is spelled, with errors that name
/// nothing), or whose evidence chain ends at the error?
static bool explained(const CompilerDiag &D, const std::string &Where,
                      const std::string &Target,
                      const std::vector<Finding> &Out,
                      const MacroSites &Sites) {
  for (const Finding &Fd : Out)
    for (const TargetEvidence &E : Fd.Evidence)
      if (E.Breaks && E.Target == Target &&
          ((!D.Name.empty() && Fd.Name == D.Name) ||
           quotesName(D.Message, Fd.Name) ||
           (!D.MainMacro.empty() && Fd.Name == D.MainMacro) ||
           (Fd.File == Where && Fd.Line == D.Line) ||
           Sites.count({Where, D.Line, Fd.Name}) ||
           (!E.Chain.empty() && E.Chain.back().Header == D.File &&
            E.Chain.back().Line == D.Line)))
        return true;
  return false;
}

/// Does an error message name (in quotes, as clang does: "'fsword' (aka
/// '__fsid_t')", "'struct foo *'") a package declaration whose line is in
/// FailedLines?
static bool
namesFailedDecl(llvm::StringRef Message, const TargetFacts &TF,
                const FileFacts &F,
                const std::set<std::pair<std::string, unsigned>> &FailedLines) {
  if (FailedLines.empty())
    return false;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Message.split(Parts, '\'');
  std::set<std::string> Names;
  for (size_t I = 1; I < Parts.size(); I += 2)
    Names.merge(identifiersIn(Parts[I]));
  for (const Declaration &Dl : TF.Decls)
    if (Names.count(Dl.Name) && isPackageNode(TF.Tree, Dl.Node) &&
        FailedLines.count({displayFile(F, TF.Tree, Dl.Node), Dl.Line}))
      return true;
  return false;
}

/// Errors that no breaking finding explains become findings of their own,
/// so every failure is visible and counted: compile-error, or environment
/// when the error sits in a dependency's header (a third-party header, not
/// the package's own and not the libc's).
static void explainRest(const FileFacts &F, std::vector<Finding> &Out) {
  std::map<std::string, Finding> ByMessage;
  std::map<std::string, std::set<std::string>> Affected;
  MacroSites Sites;
  bool AnyError = llvm::any_of(F.Targets, [](const TargetFacts &TF) {
    return !TF.Skipped && TF.Tree.hasErrors();
  });
  for (const TargetFacts &TF : F.Targets) {
    if (TF.Skipped || !AnyError)
      continue;
    for (const NameUse &U : TF.Uses)
      if (nameSpaceOf(U.Kind) == NameSpace::Macro)
        Sites.insert({displayFile(F, TF.Tree, U.UseNode), U.Line, U.Name});
    // And where the file's own macros expand inside headers (`#define
    // __unused` in musl's bits/stat.h).
    for (const MacroIntrusion &I : TF.Intrusions)
      Sites.insert({displayPath(TF.Tree.Nodes[I.Node].Path), I.Line, I.Macro});
  }
  // Where the package declares a name itself, per target: a name whose
  // declaration failed on a target (an explained error in that file) is
  // then undeclared there, a consequence rather than a second failure.
  auto OwnDeclFiles = [&](const std::string &Name) {
    std::set<std::string> Files;
    for (const TargetFacts &TF : F.Targets)
      if (!TF.Skipped)
        for (const Declaration &Dl : TF.Decls)
          if (Dl.Name == Name && Dl.Node >= 0 && isPackageNode(TF.Tree, Dl.Node))
            Files.insert(displayFile(F, TF.Tree, Dl.Node));
    return Files;
  };
  for (const TargetFacts &TF : F.Targets) {
    if (TF.Skipped)
      continue;
    const IncludeTree &T = TF.Tree;
    std::set<std::string> FailedFiles; // with an explained error
    std::set<std::pair<std::string, unsigned>> FailedLines; // the same, by line
    std::set<std::string> ExplainedImplicit; // functions explained missing
    std::set<int> Refused; // headers whose #error was explained
    // Macros a predefined-macro finding breaks this target with: only
    // then is it worth asking which macro steered an error there.
    std::set<std::string> Steering;
    for (const Finding &Fd : Out)
      if (Fd.Check == "predefined-macro" &&
          llvm::any_of(Fd.Evidence, [&](const TargetEvidence &E) {
            return E.Breaks && E.Target == TF.T->Name;
          }))
        Steering.insert(Fd.Name);
    for (const CompilerDiag &D : T.Diags) {
      std::string Where = displayFile(F, T, D.Node);
      // Clang's error limit (20) says only that earlier errors were many:
      // those are the failure, explained or not.
      if (!isError(D) || D.Kind == DiagKind::TooManyErrors)
        continue;
      if (explained(D, Where, TF.T->Name, Out, Sites)) {
        FailedFiles.insert(Where);
        FailedLines.insert({Where, D.Line});
        if (D.Kind == DiagKind::ImplicitFunction)
          ExplainedImplicit.insert(D.Name);
        if (D.Kind == DiagKind::HashError && D.Node > 0)
          Refused.insert(D.Node);
        continue;
      }
      // What a header goes on to do after refusing the file with an
      // explained #error, in itself or what it then includes: GCC's
      // <cpuid.h> and <immintrin.h> say "for x86 only" on arm and carry
      // on into x86 asm ("invalid input constraint 'a' in asm").
      if (D.Node >= 0 && !Refused.empty() &&
          llvm::any_of(T.chain(D.Node),
                       [&](int N) { return Refused.count(N) > 0; }))
        continue;
      // A later call of a function explained as missing: clang declared
      // it implicitly at the first call, returning int, so grep's second
      // `char *nl = rawmemchr (...)` on musl is "incompatible integer to
      // pointer conversion", not a failure of its own.
      if (!D.ImplicitCall.empty() && ExplainedImplicit.count(D.ImplicitCall))
        continue;
      // An error naming a declaration of the package's that sat on a line
      // that failed for an explained reason: gnulib's `typedef __fsword_t
      // fsword;` on uClibc-ng is "unknown type name '__fsword_t'; did you
      // mean '__fsid_t'?", clang recovers with the struct it suggested, and
      // `return 0;` in a function returning fsword is then "returning 'int'
      // from a function with incompatible result type 'fsword'".
      if (namesFailedDecl(D.Message, TF, F, FailedLines))
        continue;
      // Any error down a branch a predefined-macro finding names: the
      // first is its evidence, the rest (more x86 asm in <cpuid.h> on
      // arm) follow from the same #define.
      if (!Steering.empty() && Steering.count(steeringMacro(F, TF, D)))
        continue;
      // An error whose note points at a line that failed for an explained
      // reason is its consequence: without static_assert, uClibc-ng reads
      // strace's `static_assert (X, "...");` in defs.h as a declaration of
      // a function static_assert(X), and every later two-argument use is
      // "too many arguments to function call" (note: declared here).
      if (llvm::any_of(D.Notes, [&](const CompilerDiag &N) {
            return N.Node >= 0 &&
                   FailedLines.count({displayFile(F, T, N.Node), N.Line});
          }))
        continue;
      if ((D.Kind == DiagKind::Undeclared || D.Kind == DiagKind::UnknownType ||
           D.Kind == DiagKind::ImplicitFunction) &&
          !D.Name.empty() && !FailedFiles.empty() &&
          llvm::any_of(OwnDeclFiles(D.Name), [&](const std::string &File) {
            return FailedFiles.count(File) > 0;
          }))
        continue;
      std::vector<int> Chain =
          D.Node >= 0 ? T.chain(D.Node) : std::vector<int>{0};
      bool InDependency = false;
      for (int N : Chain)
        InDependency |= T.Nodes[N].Origin == HeaderOrigin::Dependency;
      // Point at the package's own code: the error's line there, or the
      // main file's #include that leads to a dependency's or the libc's
      // header.
      bool Own = D.Node >= 0 && isPackageNode(T, D.Node);
      std::string File = Own ? Where : F.File;
      unsigned Line =
          Own ? D.Line : Chain.size() > 1 ? T.Nodes[Chain[1]].Line : D.Line;
      unsigned Column = Own ? D.Column : 1;
      std::string Message =
          InDependency ? "a dependency's header fails to compile: " + D.File +
                             ":" + std::to_string(D.Line) + ": " + D.Message
                       : "fails to compile for a reason no check explains: " +
                             D.Message;
      // One finding per place and message, whatever header and line each
      // target's error sits in (musl's bits/stat.h:21 on x86_64, :17 on
      // arm64): findings at the same place with the same message are
      // de-duplicated after the lint, so two would lose a target.
      std::string Key = File + ":" + std::to_string(Line) + ":" +
                        std::to_string(Column) + ":" + D.Name + ": " + Message;
      Finding &Fd = ByMessage[Key];
      Fd.Check = InDependency ? "environment" : "compile-error";
      Fd.Environment = InDependency;
      Fd.File = File;
      Fd.Line = Line;
      Fd.Column = Column;
      Fd.Name = D.Name;
      Fd.Message = Message;
      TargetEvidence E;
      E.Target = TF.T->Name;
      E.Breaks = true;
      if (D.Node >= 0)
        E.Chain = chainLinks(T, D.Node, D.Line);
      E.Note = D.File + ":" + std::to_string(D.Line) + ": " + D.Message;
      Fd.Evidence.push_back(std::move(E));
      Affected[Key].insert(TF.T->Name);
      // One unexplained error per target tells the story; later ones are
      // usually its consequences.
      break;
    }
  }
  for (auto &[Key, Fd] : ByMessage) {
    finishFinding(Fd, F, Affected[Key]);
    Out.push_back(std::move(Fd));
  }
}

/// Feature-test macros the file defines before its first #include
/// (`#define _POSIX_C_SOURCE 200809L`) are part of its mode, exactly like
/// -D on the command line: the checks' single-header probes need them.
static void addFileMode(FileFacts &F) {
  const TargetFacts *TF = nullptr;
  for (const TargetFacts &T : F.Targets)
    if (!T.Skipped) {
      TF = &T;
      break;
    }
  if (!TF)
    return;
  const IncludeTree &T = TF->Tree;
  // The first libc (or compiler) header entered, and on its chain, the
  // line of each includer's #include: a package macro counts when the
  // libc reads it, i.e. when it is defined before that point (config.h's
  // _GNU_SOURCE, the main file's #define _POSIX_C_SOURCE).
  int First = -1;
  for (size_t N = 1; N < T.Nodes.size(); ++N)
    if (T.Nodes[N].Status == IncludeStatus::Entered &&
        isLibcNode(T, static_cast<int>(N))) {
      First = static_cast<int>(N);
      break;
    }
  std::map<int, unsigned> IncludeLineOn; // chain node -> its #include line
  if (First >= 0) {
    std::vector<int> Chain = T.chain(First);
    for (size_t I = 1; I < Chain.size(); ++I)
      IncludeLineOn[Chain[I - 1]] = T.Nodes[Chain[I]].Line;
  }
  auto Before = [&](const Declaration &D) {
    if (First < 0)
      return true; // No libc header at all: the mode is the file's.
    if (D.Node >= First)
      return false;
    auto It = IncludeLineOn.find(D.Node);
    return It == IncludeLineOn.end() || D.Line < It->second;
  };
  for (const Declaration &D : TF->Decls) {
    if (!isPackageNode(T, D.Node) || !isReservedName(D.Name) ||
        D.Kind != NameKind::ObjectMacro || !Before(D))
      continue;
    F.ModeArgs.push_back(defineFlag(D));
  }
}

/// How often the proof worked per target, across the run: a target whose
/// proofs mostly fail is parsed in full straight away (the proof's
/// preprocessing would only add to the parse). Findings do not depend on
/// it, so neither does the output; only the time does.
struct ProofRecord {
  explicit ProofRecord(size_t N) : Tried(N), Worked(N), Memo(N) {}
  std::vector<std::atomic<size_t>> Tried, Worked;
  /// Per target: what failed earlier proofs (a file whose lead shows it
  /// again is parsed in full straight away).
  std::vector<ProofMemo> Memo;
  bool worthTrying(size_t I) const {
    size_t T = Tried[I], W = Worked[I];
    return T < 16 || 2 * W >= T;
  }
};

/// How the file x target pairs of one file were decided.
struct PathStats {
  size_t Full = 0, Proved = 0, Reparsed = 0;
  bool Reused = false; ///< Findings from an earlier run (ResultCache.h).
  std::map<std::string, size_t> Unproved;
  /// CPU-side wall time in each phase (for --stats; never in the output).
  double FullSec = 0, PreprocessSec = 0, ProveSec = 0, CheckSec = 0;
};

/// Seconds since Start.
static double since(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
      .count();
}

/// Capture one file on every target and run the checks. Leads (Lead[I] ==
/// I) are parsed in full; the others are proved like their lead by
/// preprocessing (LintCheap.h) or parsed in full. A file with any finding
/// is parsed in full everywhere, so findings never rest on a proof.
static std::vector<Finding>
lintFile(const CompileJob &J, const std::vector<Target> &Ts,
         const std::vector<int> &Lead, const LintOptions &O,
         const HostDeps &Deps,
         const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &FS,
         const CheckContext &Ctx, ProbeCache &Probes,
         LintOracle &Oracle, ProofRecord &Record,
         const std::vector<std::unique_ptr<Check>> &Checks,
         std::vector<std::string> &Lines, std::string &Skip,
         std::string &InputError, PathStats &St, FileDeps &Read) {
  auto Buf = llvm::MemoryBuffer::getFile(J.File);
  if (!Buf) {
    InputError = displayPath(J.File) + ": cannot read: " +
                 Buf.getError().message();
    return {};
  }
  Lines = splitLines((*Buf)->getBuffer());
  if (J.IsRawAsm) {
    Skip = "assembler source that is not preprocessed: it reads no header";
    return {};
  }
  // A lead collects what proofs compare only while some target still
  // tries to be proved like it: decided once per file, so a lead never
  // lacks what a proof reads.
  std::vector<bool> HasCheap(Ts.size(), false), Try(Ts.size(), false);
  for (size_t I = 0; I < Ts.size(); ++I)
    if (Lead[I] != static_cast<int>(I) && !J.IsAsm && Record.worthTrying(I))
      Try[I] = HasCheap[Lead[I]] = true;
  auto Capture = [&](size_t I, bool Full) {
    CaptureRequest Req;
    Req.T = &Ts[I];
    Req.In.Kind = Input::File;
    Req.In.Value = J.File;
    Req.ExtraArgs = J.Args;
    for (const std::string &A : Deps.args())
      Req.ExtraArgs.push_back(A);
    Req.FullParse = Full;
    Req.CollectMacros = true;
    Req.CollectLintFacts = true;
    Req.CollectPackageRefs = !Full || HasCheap[I];
    Req.DropTargetRejected = true;
    Req.FS = FS;
    Req.DependencyDirs = Deps.Dirs;
    auto C = capture(Req, O.Common.TC);
    if (C)
      Read.add(*C);
    return C;
  };

  // Parse the leads, prove the others.
  std::vector<std::optional<CaptureResult>> Parsed(Ts.size());
  std::vector<bool> Skipped(Ts.size(), false), Proved(Ts.size(), false);
  std::vector<std::string> NoCxx;
  for (size_t I = 0; I < Ts.size(); ++I)
    if (J.IsCxx && !hasCxxLibrary(Ts[I])) {
      Skipped[I] = true;
      NoCxx.push_back(Ts[I].Name);
    }
  auto Full = [&](size_t I) -> bool {
    auto Start = std::chrono::steady_clock::now();
    auto C = Capture(I, true);
    St.FullSec += since(Start);
    if (!C) {
      InputError = displayPath(J.File) + ": " + llvm::toString(C.takeError());
      return false;
    }
    Parsed[I] = std::move(*C);
    ++St.Full;
    return true;
  };
  // Assembler is only preprocessed, on every target: nothing to prove.
  for (size_t I = 0; I < Ts.size(); ++I)
    if (!Skipped[I] &&
        (Lead[I] == static_cast<int>(I) || Skipped[Lead[I]] || J.IsAsm))
      if (!Full(I))
        return {};
  // A lead that fails to compile makes findings certain: no proof would
  // survive them, so parse everywhere at once.
  bool LeadFails = false;
  for (size_t I = 0; I < Ts.size(); ++I)
    LeadFails |= Parsed[I] && Parsed[I]->Tree.hasErrors();
  // Why target I cannot stand in with its lead's facts ("" when it can).
  auto Prove = [&](size_t I) -> std::string {
    if (LeadFails)
      return "(not tried: the file fails on a lead target)";
    if (!Try[I])
      return "(not tried: proofs mostly fail on this target)";
    const CaptureResult &L = *Parsed[Lead[I]];
    if (std::string Why = Record.Memo[I].predict(L); !Why.empty())
      return Why;
    ++Record.Tried[I];
    auto Start = std::chrono::steady_clock::now();
    auto C = Capture(I, false);
    St.PreprocessSec += since(Start);
    if (!C) {
      llvm::consumeError(C.takeError());
      return "the preprocessor did not run";
    }
    Start = std::chrono::steady_clock::now();
    std::string Why = proveLikeLead(L, *C, Ts[I], probeMode(L, J.ModeArgs),
                                    Probes, Oracle, Ctx.Rules);
    St.ProveSec += since(Start);
    if (Why.empty())
      ++Record.Worked[I];
    else if (!C->Tree.hasErrors())
      Record.Memo[I].learn(L, *C);
    return Why;
  };
  for (size_t I = 0; I < Ts.size(); ++I) {
    if (Skipped[I] || Parsed[I])
      continue;
    std::string Why = Prove(I);
    if (Why.empty()) {
      Proved[I] = true;
      ++St.Proved;
      continue;
    }
    ++St.Unproved[Why];
    if (!Full(I))
      return {};
  }

  if (!NoCxx.empty())
    Skip = "C++ translation unit, and the sysroot of " + llvm::join(NoCxx, ", ") +
           " has no C++ standard library";
  if (NoCxx.size() == Ts.size())
    return {};
  // Once, though the checks may run twice (a proved target parsed again).
  bool LineDirectives = hasLineDirectives(Lines);
  auto Run = [&]() {
    auto Start = std::chrono::steady_clock::now();
    FileFacts F;
    F.File = displayPath(J.File);
    F.Lines = Lines;
    F.LineDirectives = LineDirectives;
    F.ModeArgs = J.ModeArgs;
    for (size_t I = 0; I < Ts.size(); ++I) {
      if (Skipped[I]) {
        F.Targets.push_back(TargetFacts::skipped(&Ts[I], Ts[I].Name));
        continue;
      }
      // A proved target stands in with its lead's facts: only a file
      // without findings keeps them.
      const CaptureResult &C = *Parsed[Proved[I] ? Lead[I] : I];
      F.Targets.push_back(TargetFacts(&Ts[I], C.Tree, C.Decls, C.Uses,
                                      C.Intrusions, C.MainConds, C.SizeClaims));
    }
    addFileMode(F);
    std::vector<Finding> Out;
    for (const auto &C : Checks)
      C->run(Ctx, F, Out);
    explainRest(F, Out);
    St.CheckSec += since(Start);
    return Out;
  };
  std::vector<Finding> Out = Run();
  if (Out.empty() || std::none_of(Proved.begin(), Proved.end(),
                                  [](bool P) { return P; }))
    return Out;
  for (size_t I = 0; I < Ts.size(); ++I)
    if (Proved[I]) {
      Proved[I] = false;
      --St.Proved;
      ++St.Reparsed;
      if (!Full(I))
        return {};
      --St.Full;
    }
  return Run();
}

llvm::Expected<LintReport> computeLint(const LintOptions &O) {
  auto Rules = loadLintRules(O.Common.RulesDir);
  if (!Rules)
    return Rules.takeError();
  std::vector<CompileJob> Jobs;
  if (!O.BuildDir.empty()) {
    auto J = loadCompileCommands(O.BuildDir, O.Files);
    if (!J)
      return J.takeError();
    Jobs = std::move(*J);
  } else if (!O.Files.empty()) {
    auto J = jobsFromFlags(O.Files, O.Common.ClangArgs);
    if (!J)
      return J.takeError();
    Jobs = std::move(*J);
  } else {
    return llvm::createStringError(
        "lint: give -p BUILD_DIR (a compile_commands.json), or FILEs with "
        "flags after --");
  }

  // Configuration: --config, else .hstack.yaml found upward from the sources.
  LintConfig Config;
  std::string ConfigFile = O.ConfigFile;
  if (ConfigFile.empty())
    ConfigFile = findConfig(llvm::sys::path::parent_path(Jobs.front().File).str());
  if (!ConfigFile.empty()) {
    auto C = loadConfig(ConfigFile);
    if (!C)
      return C.takeError();
    Config = std::move(*C);
  }

  // Checks: --checks, else all but those the config turns off.
  std::vector<std::string> Enabled;
  const auto &Known = checkNames();
  for (const std::string &C : O.Checks)
    if (std::find(Known.begin(), Known.end(), C) == Known.end())
      return llvm::createStringError("unknown check '%s' (known: %s)",
                                     C.c_str(), llvm::join(Known, ", ").c_str());
  for (const std::string &C : Known)
    if (O.Checks.empty() ? !Config.Disabled.count(C)
                         : std::find(O.Checks.begin(), O.Checks.end(), C) !=
                               O.Checks.end())
      Enabled.push_back(C);
  std::vector<std::unique_ptr<Check>> Checks;
  for (const std::string &C : Enabled)
    Checks.push_back(makeCheck(C));

  // Targets: --target, else the config's, else the defaults.
  if (auto E = O.Common.TC.validate())
    return E;
  auto All = allTargets(O.Common.Targets, O.Common.TC);
  if (!All)
    return All.takeError();
  auto Ts = selectTargets(*All,
                          O.Common.TargetNames.empty() ? Config.Targets
                                                       : O.Common.TargetNames,
                          defaultTargetNames());
  if (!Ts)
    return Ts.takeError();

  // Dependency headers.
  HostDeps Deps;
  if (!O.DepsSysroot.empty()) {
    if (!llvm::sys::fs::is_directory(O.DepsSysroot))
      return llvm::createStringError("%s: --deps-sysroot is not a directory",
                                     O.DepsSysroot.c_str());
    Deps = depsFromSysroot(O.DepsSysroot);
    if (!Deps.Note.empty())
      llvm::errs() << "hstack: note: " << Deps.Note << "\n";
  } else if (!O.NoHostDeps) {
    auto D = loadHostDeps();
    if (!D)
      return D.takeError();
    Deps = std::move(*D);
  }

  LintReport Report;
  Report.Files = Jobs.size();
  for (const Target &T : *Ts)
    Report.TargetNames.push_back(T.Name);
  Report.FailOn = Config.FailOn.value_or(Severity::Error);
  if (!O.FailOn.empty()) {
    auto S = parseSeverity(O.FailOn);
    if (!S)
      return llvm::createStringError(
          "--fail-on must be note, warning or error, not '%s'",
          O.FailOn.c_str());
    Report.FailOn = *S;
  }

  // One file system hiding the host libc serves every job.
  auto DepsFS = Deps.Dirs.empty() ? nullptr : Deps.fileSystem();
  // One cache directory: the oracle's answers and the files' findings.
  DiskCache Disk = DiskCache::fromEnvironment();
  LintOracle Oracle(O.Common.TC, Rules->Headers, Disk);
  CheckContext Ctx{*Rules, Oracle};
  ProbeCache Probes(O.Common.TC);
  ProofRecord Record(Ts->size());
  std::vector<int> Lead(Ts->size());
  for (size_t I = 0; I < Lead.size(); ++I)
    Lead[I] = static_cast<int>(I);
  if (O.Cheap)
    Lead = leadOf(*Ts);
  struct FileResult {
    std::vector<Finding> Findings;
    std::vector<std::string> Lines;
    std::string Skip, InputError;
    PathStats Stats;
  };
  // Files whose inputs are unchanged since an earlier run reuse its findings.
  ResultCache Stored = ResultCache::open(
      Disk.dir(), *Ts, O.Common.TC.ResourceDir,
      O.Common.RulesDir, Enabled, O.Cheap, Deps.args(), O.Common.Jobs);
  std::atomic<size_t> Done{0};
  auto Results = runIndexed<FileResult>(Jobs.size(), O.Common.Jobs, [&](size_t I) {
    FileResult R;
    std::optional<StoredResult> Hit;
    if (!O.Fresh)
      Hit = Stored.load(Jobs[I]);
    if (Hit) {
      auto Buf = llvm::MemoryBuffer::getFile(Jobs[I].File);
      if (Buf) {
        R.Lines = splitLines((*Buf)->getBuffer());
        R.Findings = std::move(Hit->Findings);
        R.Skip = std::move(Hit->Skip);
        R.Stats.Reused = true;
      } else {
        Hit.reset();
      }
    }
    if (!Hit) {
      FileDeps Read = Stored.deps();
      R.Findings = lintFile(Jobs[I], *Ts, Lead, O, Deps, DepsFS, Ctx, Probes,
                            Oracle, Record, Checks, R.Lines, R.Skip,
                            R.InputError, R.Stats, Read);
      if (R.InputError.empty())
        Stored.store(Jobs[I], Read, StoredResult{R.Findings, R.Skip});
    }
    size_t N = ++Done;
    if (O.Progress)
      llvm::errs() << "\r[" << N << "/" << Jobs.size() << "] "
                   << displayPath(Jobs[I].File) << "\x1b[K";
    return R;
  });
  if (O.Progress)
    llvm::errs() << "\r\x1b[K";
  // Entries nobody used for a month go (CI caches would grow forever).
  Disk.prune(std::chrono::hours(24 * 30));

  std::set<BaselineKey> Base;
  std::string BaselineFile = O.Baseline.empty() ? Config.Baseline : O.Baseline;
  std::string BaseDir = llvm::sys::path::parent_path(BaselineFile).str();
  if (BaseDir.empty())
    BaseDir = ".";
  if (!BaselineFile.empty() && O.WriteBaseline.empty()) {
    auto B = loadBaseline(BaselineFile);
    if (!B)
      return B.takeError();
    Base = std::move(*B);
  }
  Report.Probes = Probes.parsed();
  Report.ProbeSec = Probes.seconds();
  for (size_t I = 0; I < Jobs.size(); ++I) {
    FileResult &R = Results[I];
    Report.Reused += R.Stats.Reused;
    Report.FullParses += R.Stats.Full;
    Report.Proved += R.Stats.Proved;
    Report.Reparsed += R.Stats.Reparsed;
    Report.PhaseSec[0] += R.Stats.FullSec;
    Report.PhaseSec[1] += R.Stats.PreprocessSec;
    Report.PhaseSec[2] += R.Stats.ProveSec;
    Report.PhaseSec[3] += R.Stats.CheckSec;
    for (const auto &[Why, N] : R.Stats.Unproved)
      Report.Unproved[Why] += N;
    if (!R.InputError.empty()) {
      Report.InputErrors.push_back(R.InputError);
      continue;
    }
    if (!R.Skip.empty())
      Report.Skipped.push_back({displayPath(Jobs[I].File), R.Skip});
    std::vector<std::string> Broken;
    for (const std::string &T : Report.TargetNames)
      for (const Finding &F : R.Findings)
        if (std::any_of(F.Evidence.begin(), F.Evidence.end(),
                        [&](const TargetEvidence &E) {
                          return E.Breaks && E.Target == T;
                        })) {
          Broken.push_back(T);
          break;
        }
    Report.BreaksOn.push_back({displayPath(Jobs[I].File), std::move(Broken)});
    for (Finding &F : R.Findings) {
      if (auto It = Config.Severities.find(F.Check); It != Config.Severities.end())
        F.Sev = It->second;
      if (suppressed(F, R.Lines)) {
        ++Report.Suppressed;
        continue;
      }
      if (Base.count(baselineKey(F, BaseDir))) {
        ++Report.Baselined;
        continue;
      }
      Report.Findings.push_back(std::move(F));
    }
  }
  std::stable_sort(Report.Findings.begin(), Report.Findings.end(),
                   [](const Finding &A, const Finding &B) {
                     return std::tie(A.File, A.Line, A.Column, A.Check, A.Name,
                                     A.Message) <
                            std::tie(B.File, B.Line, B.Column, B.Check, B.Name,
                                     B.Message);
                   });
  // A finding in a package header comes from every file including it: keep
  // the first (the files are in a stable order). Two different errors
  // pointed at the same #include (compile-error, no name) both stay.
  Report.Findings.erase(
      std::unique(Report.Findings.begin(), Report.Findings.end(),
                  [](const Finding &A, const Finding &B) {
                    return std::tie(A.File, A.Line, A.Column, A.Check, A.Name,
                                    A.Message) ==
                           std::tie(B.File, B.Line, B.Column, B.Check, B.Name,
                                    B.Message);
                  }),
      Report.Findings.end());
  if (!O.WriteBaseline.empty())
    if (auto E = writeBaseline(O.WriteBaseline, Report.Findings))
      return E;
  return Report;
}

llvm::Expected<int> runLint(const LintOptions &O, llvm::raw_ostream &OS) {
  auto R = computeLint(O);
  if (!R)
    return R.takeError();
  if (O.Common.Format == "json")
    renderLintJson(*R, OS);
  else if (O.Common.Format == "sarif")
    renderLintSarif(*R, OS);
  else
    renderLintText(*R, O.Color, OS);
  for (const std::string &E : R->InputErrors)
    llvm::WithColor::error(llvm::errs(), "hstack") << E << '\n';
  if (O.Stats) {
    llvm::errs() << "hstack: " << R->Files << " files x "
                 << R->TargetNames.size() << " targets: " << R->FullParses
                 << " parsed in full, " << R->Proved
                 << " proved by preprocessing, " << R->Reparsed
                 << " proved but parsed again (the file has findings); "
                 << R->Reused << " files unchanged since an earlier run "
                 << "(findings reused)\n";
    llvm::errs() << llvm::format(
        "hstack: seconds in full parses %.2f, preprocessing %.2f, proofs "
        "%.2f, checks %.2f (summed over threads)\n",
        R->PhaseSec[0], R->PhaseSec[1], R->PhaseSec[2], R->PhaseSec[3]);
    if (R->Probes)
      llvm::errs() << llvm::format(
          "hstack: the proofs parsed %zu libc headers alone (%.2f s of "
          "theirs)\n",
          R->Probes, R->ProbeSec);
    std::vector<std::pair<size_t, std::string>> Why;
    for (const auto &[W, N] : R->Unproved)
      Why.push_back({N, W});
    std::sort(Why.rbegin(), Why.rend());
    for (const auto &[N, W] : Why)
      llvm::errs() << "  " << N << "  " << W << '\n';
  }
  if (!R->InputErrors.empty())
    return ExitUsage;
  if (!O.WriteBaseline.empty())
    return ExitOk; // Recording the findings is what was asked for.
  for (const Finding &F : R->Findings)
    if (F.Sev >= R->FailOn)
      return ExitFindings;
  return ExitOk;
}

} // namespace hstack
