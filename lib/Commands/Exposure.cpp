//===- Exposure.cpp - `hstack exposure`: what headers make visible --------===//
#include "Analysis/Exposure.h"
#include "Commands/Commands.h"
#include "Render/Render.h"
#include "Support/Parallel.h"

#include "llvm/ADT/StringExtras.h"

namespace hstack {

std::vector<std::string> strictModeArgs() {
  return {"-std=c11", "-U_GNU_SOURCE", "-U_DEFAULT_SOURCE",
          "-D_POSIX_C_SOURCE=200809L"};
}

llvm::Expected<ExposureReport>
exposeHeaders(const Target &T, const std::vector<std::string> &Headers,
              const std::vector<std::string> &Args, const Toolchain &TC,
              const HeaderRules &Rules, bool NamesOnly) {
  CaptureRequest Req;
  Req.T = &T;
  Req.In.Kind = Input::Text;
  for (const std::string &H : Headers)
    Req.In.Value += "#include <" + H + ">\n";
  Req.ExtraArgs = Args;
  Req.FullParse = true;
  Req.CollectMacros = true;
  Req.SkipFunctionBodies = NamesOnly;
  auto C = capture(Req, TC);
  if (!C)
    return C.takeError();
  ExposureReport R;
  R.T = T;
  R.Input = llvm::join(Headers, " ");
  R.Mode = Args;
  R.Tree = std::move(C->Tree);
  // A header missing on this target is a finding, not a crash.
  std::vector<std::string> Missing;
  for (int Child : R.Tree.Nodes[0].Children)
    if (R.Tree.Nodes[Child].Status == IncludeStatus::Missing)
      Missing.push_back(R.Tree.Nodes[Child].Header);
  if (!Missing.empty())
    R.Error = "header '" + llvm::join(Missing, "', '") +
              "' not found on target " + T.Name;
  R.Names = computeExposure(R.Tree, C->Decls, Rules);
  return R;
}

llvm::Expected<std::vector<ExposureReport>>
computeExposures(const ExposureOptions &O) {
  if (O.Headers.empty())
    return llvm::createStringError("exposure: name at least one HEADER");
  auto Rules = loadHeaderRules(O.Common.RulesDir);
  if (!Rules)
    return Rules.takeError();
  auto Ts = resolveTargets(O.Common);
  if (!Ts)
    return Ts.takeError();
  std::vector<std::string> Args = O.Common.ClangArgs;
  if (O.Strict)
    for (const std::string &A : strictModeArgs())
      Args.push_back(A);
  auto Results = runIndexed<llvm::Expected<ExposureReport>>(
      Ts->size(), O.Common.Jobs, [&](size_t I) {
        return exposeHeaders((*Ts)[I], O.Headers, Args, O.Common.TC, *Rules);
      });
  std::vector<ExposureReport> Out;
  for (auto &R : Results) {
    if (!R)
      return R.takeError();
    Out.push_back(std::move(*R));
  }
  return Out;
}

llvm::Expected<int> runExposure(const ExposureOptions &O,
                                llvm::raw_ostream &OS) {
  auto Rs = computeExposures(O);
  if (!Rs)
    return Rs.takeError();
  if (O.Common.Format == "json")
    renderExposureJson(*Rs, O.ShowReserved, OS);
  else
    renderExposureText(*Rs, O.ShowReserved, OS);
  return reportErrors(*Rs);
}

} // namespace hstack
