//===- Diff.cpp - `hstack diff`: stacks and exposure, side against side ---===//
#include "Analysis/Diff.h"
#include "Commands/Commands.h"
#include "Render/Render.h"
#include "Support/Parallel.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"

#include <set>

namespace hstack {

/// Split a --mode string into arguments on whitespace.
static std::vector<std::string> splitMode(llvm::StringRef Mode) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Mode.split(Parts, ' ', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Out;
  for (llvm::StringRef P : Parts)
    Out.push_back(P.str());
  return Out;
}

/// Work out the sides from the three ways of asking for a diff.
static llvm::Expected<std::vector<DiffSide>> sidesFor(const DiffOptions &O) {
  const CommonOptions &C = O.Common;
  std::vector<std::string> Base = C.ClangArgs;
  if (O.Strict)
    for (const std::string &A : strictModeArgs())
      Base.push_back(A);
  std::vector<DiffSide> Sides;
  bool SysrootPair = !O.BeforeSysroot.empty() || !O.AfterSysroot.empty();
  if (SysrootPair) {
    if (O.BeforeSysroot.empty() || O.AfterSysroot.empty() || O.Triple.empty())
      return llvm::createStringError(
          "diff: --before-sysroot and --after-sysroot go together, with "
          "--triple");
    if (!O.Modes.empty() || !C.TargetNames.empty() ||
        !C.Targets.UserSysroots.empty())
      return llvm::createStringError(
          "diff: --before-sysroot/--after-sysroot compare two header trees; "
          "--mode, --target and --sysroot cannot be combined with them");
    if (auto E = C.TC.validate())
      return E;
    for (auto [Label, Dir] : {std::pair{"before", O.BeforeSysroot},
                              std::pair{"after", O.AfterSysroot}}) {
      auto T = userTarget({Dir, O.Triple}, C.TC);
      if (!T)
        return T.takeError();
      Sides.push_back({std::string(Label) + ":" + T->Name, *T, Base});
    }
    return Sides;
  }
  auto Ts = resolveTargets(C);
  if (!Ts)
    return Ts.takeError();
  if (!O.Modes.empty()) {
    if (O.Modes.size() < 2 || Ts->size() != 1)
      return llvm::createStringError(
          "diff: --mode compares modes on one target: give one --target and "
          "at least two --mode");
    for (const std::string &M : O.Modes) {
      std::vector<std::string> Args = Base;
      for (std::string &A : splitMode(M))
        Args.push_back(std::move(A));
      Sides.push_back({(*Ts)[0].Name + " [" + M + "]", (*Ts)[0], Args});
    }
    return Sides;
  }
  if (Ts->size() < 2)
    return llvm::createStringError(
        "diff needs two sides: two --target (or --sysroot/--triple pairs), "
        "--before-sysroot/--after-sysroot with --triple, or one --target "
        "with two --mode");
  for (const Target &T : *Ts)
    Sides.push_back({T.Name, T, Base});
  return Sides;
}

llvm::Expected<std::vector<DiffReport>> computeDiff(const DiffOptions &O) {
  if (O.Headers.empty() && !O.AllHeaders)
    return llvm::createStringError("diff: name HEADERs or give --all-headers");
  auto Rules = loadHeaderRules(O.Common.RulesDir);
  if (!Rules)
    return Rules.takeError();
  auto Sides = sidesFor(O);
  if (!Sides)
    return Sides.takeError();
  const Toolchain &TC = O.Common.TC;

  // The headers to compare: named ones, plus (with --all-headers) every
  // public header of each side; a comparison covers only its two sides'.
  std::vector<std::set<std::string>> SideHeaders(Sides->size());
  std::set<std::string> All(O.Headers.begin(), O.Headers.end());
  if (O.AllHeaders)
    for (size_t S = 0; S < Sides->size(); ++S) {
      auto H = publicHeaderFiles((*Sides)[S].T, (*Sides)[S].Args, TC, *Rules);
      if (!H)
        return H.takeError();
      for (auto &[Header, Path] : *H)
        SideHeaders[S].insert(Header);
      All.insert(SideHeaders[S].begin(), SideHeaders[S].end());
    }
  std::vector<std::string> Headers(All.begin(), All.end());

  // One exposure job per (side, header); results by index.
  size_t NH = Headers.size();
  auto Results = runIndexed<llvm::Expected<ExposureReport>>(
      Sides->size() * NH, O.Common.Jobs, [&](size_t I) {
        const DiffSide &S = (*Sides)[I / NH];
        return exposeHeaders(S.T, {Headers[I % NH]}, S.Args, TC, *Rules);
      });
  std::vector<ExposureReport> Exp;
  for (auto &R : Results) {
    if (!R)
      return R.takeError();
    Exp.push_back(std::move(*R));
  }
  std::set<std::string> Named(O.Headers.begin(), O.Headers.end());

  std::vector<DiffReport> Out;
  for (size_t S = 1; S < Sides->size(); ++S) {
    DiffReport D{(*Sides)[0], (*Sides)[S], O.AllHeaders, O.ShowReserved, {}};
    for (size_t H = 0; H < NH; ++H) {
      if (!Named.count(Headers[H]) && !SideHeaders[0].count(Headers[H]) &&
          !SideHeaders[S].count(Headers[H]))
        continue; // Only a third side has it.
      HeaderComparison HC;
      HC.Header = Headers[H];
      HC.A = Exp[H];
      HC.B = Exp[S * NH + H];
      HC.MissingA = !HC.A.Error.empty();
      HC.MissingB = !HC.B.Error.empty();
      HC.Delta = diffSides(HC.A.Tree, HC.A.Names, HC.MissingA, HC.B.Tree,
                           HC.B.Names, HC.MissingB, O.ShowReserved);
      D.Headers.push_back(std::move(HC));
    }
    Out.push_back(std::move(D));
  }
  return Out;
}

llvm::Expected<int> runDiff(const DiffOptions &O, llvm::raw_ostream &OS) {
  auto Rs = computeDiff(O);
  if (!Rs)
    return Rs.takeError();
  if (O.Common.Format == "json")
    renderDiffJson(*Rs, OS);
  else
    renderDiffText(*Rs, OS);
  // A named header that exists on no side is a mistake, not a difference.
  int Exit = ExitOk;
  std::set<std::string> Reported;
  for (const DiffReport &R : *Rs)
    for (const HeaderComparison &H : R.Headers)
      if (H.Delta.Presence == HeaderDelta::Neither &&
          Reported.insert(H.Header).second) {
        llvm::WithColor::error(llvm::errs(), "hstack")
            << "header '" << H.Header << "' exists on neither "
            << R.A.Label << " nor " << R.B.Label << '\n';
        Exit = ExitUsage;
      }
  if (Exit)
    return Exit;
  // Like diff(1): 1 when the sides differ.
  for (const DiffReport &R : *Rs)
    for (const HeaderComparison &H : R.Headers)
      if (H.Delta.differs())
        return ExitFindings;
  return ExitOk;
}

} // namespace hstack
