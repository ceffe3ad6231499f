//===- Tree.cpp - `hstack tree`: the include stack per target -------------===//
#include "Commands/Commands.h"
#include "Render/Render.h"
#include "Support/Parallel.h"


namespace hstack {

llvm::Expected<std::vector<TreeReport>> computeTrees(const TreeOptions &O) {
  auto Ts = resolveTargets(O.Common);
  if (!Ts)
    return Ts.takeError();
  std::vector<Input> Inputs;
  for (const std::string &A : O.Inputs) {
    auto In = classifyInput(A);
    if (!In)
      return In.takeError();
    Inputs.push_back(std::move(*In));
  }
  size_t N = Ts->size() * Inputs.size();
  auto Results = runIndexed<llvm::Expected<TreeReport>>(
      N, O.Common.Jobs, [&](size_t I) -> llvm::Expected<TreeReport> {
        const Target &T = (*Ts)[I / Inputs.size()];
        const Input &In = Inputs[I % Inputs.size()];
        CaptureRequest Req;
        Req.T = &T;
        Req.In = In;
        Req.ExtraArgs = O.Common.ClangArgs;
        auto C = capture(Req, O.Common.TC);
        if (!C)
          return C.takeError();
        TreeReport R{T, O.Inputs[I % Inputs.size()], std::move(C->Tree), ""};
        R.Error = topInputError(R.Tree, In, T);
        return R;
      });
  std::vector<TreeReport> Out;
  for (auto &R : Results) {
    if (!R)
      return R.takeError();
    Out.push_back(std::move(*R));
  }
  return Out;
}

llvm::Expected<int> runTree(const TreeOptions &O, llvm::raw_ostream &OS) {
  auto Rs = computeTrees(O);
  if (!Rs)
    return Rs.takeError();
  if (O.Common.Format == "json")
    renderTreesJson(*Rs, OS);
  else if (O.Common.Format == "dot")
    renderTreesDot(*Rs, OS);
  else
    renderTreesText(*Rs, OS);
  return reportErrors(*Rs);
}

} // namespace hstack
