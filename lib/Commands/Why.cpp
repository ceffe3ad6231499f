//===- Why.cpp - `hstack why`: how does NAME get into a translation unit --===//
#include "Analysis/Why.h"
#include "Commands/Commands.h"
#include "Render/Render.h"
#include "Support/Parallel.h"


namespace hstack {

llvm::Expected<std::vector<WhyReport>> computeWhy(const WhyOptions &O) {
  if (O.From.empty())
    return llvm::createStringError("why: --from HEADER-or-FILE is required");
  if (O.Name.empty())
    return llvm::createStringError("why: a NAME (header or identifier) is required");
  auto Ts = resolveTargets(O.Common);
  if (!Ts)
    return Ts.takeError();
  auto InOr = classifyInput(O.From);
  if (!InOr)
    return InOr.takeError();
  Input In = std::move(*InOr);
  bool IsHeader = isHeaderName(O.Name);
  auto Results = runIndexed<llvm::Expected<WhyReport>>(
      Ts->size(), O.Common.Jobs, [&](size_t I) -> llvm::Expected<WhyReport> {
        const Target &T = (*Ts)[I];
        CaptureRequest Req;
        Req.T = &T;
        Req.In = In;
        Req.ExtraArgs = O.Common.ClangArgs;
        Req.FullParse = !IsHeader;
        Req.CollectMacros = !IsHeader;
        auto C = capture(Req, O.Common.TC);
        if (!C)
          return C.takeError();
        WhyReport R{T, O.From, O.Name, IsHeader, std::move(C->Tree), {}, ""};
        R.Error = topInputError(R.Tree, In, T);
        if (!R.Error.empty())
          return R;
        R.Hits = IsHeader ? whyHeader(R.Tree, O.Name)
                          : whyIdentifier(R.Tree, C->Decls, O.Name);
        return R;
      });
  std::vector<WhyReport> Out;
  for (auto &R : Results) {
    if (!R)
      return R.takeError();
    Out.push_back(std::move(*R));
  }
  return Out;
}

llvm::Expected<int> runWhy(const WhyOptions &O, llvm::raw_ostream &OS) {
  auto Rs = computeWhy(O);
  if (!Rs)
    return Rs.takeError();
  if (O.Common.Format == "json")
    renderWhyJson(*Rs, OS);
  else
    renderWhyText(*Rs, OS);
  return reportErrors(*Rs);
}

} // namespace hstack
