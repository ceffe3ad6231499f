//===- ImplicitInclude.cpp - Names that arrive only through the stack -----===//
//
// implicit-include: the file uses a name whose declaring header it never
// includes itself and gets only through another header's stack (va_list
// through stdio.h -> stdarg.h). Reported with the chain on each target that
// provides it, and the targets where that chain does not exist and the file
// will not compile. The fix-it inserts a public header verified to declare
// the name on every target, in the file's mode.
//
//===----------------------------------------------------------------------===//
#include "Analysis/Checks/CheckUtil.h"

namespace hstack {
namespace {

class ImplicitIncludeCheck : public Check {
public:
  void run(const CheckContext &Ctx, const FileFacts &F,
           std::vector<Finding> &Out) override {
    for (const UsedName &U : usedNames(F, Ctx.Rules.Headers)) {
      // Targets where the name arrives only through another header.
      std::vector<const UsedName::OnTarget *> Stacked;
      for (const UsedName::OnTarget &R : U.Resolved) {
        const IncludeTree &T = R.TF->Tree;
        if (R.Home <= 0 || T.Nodes[R.Home].Origin == HeaderOrigin::Main)
          continue; // Only internal headers on the way: internal-header's job.
        if (directInclude(T, T.Nodes[R.Home].Header) < 0)
          Stacked.push_back(&R);
      }
      if (Stacked.empty() && U.Broken.empty())
        continue;
      // A header that declares it everywhere; the broken targets need it.
      std::vector<const TargetFacts *> Need;
      for (const TargetFacts &TF : F.Targets)
        if (!TF.Skipped)
          Need.push_back(&TF);
      std::string Fix = findProvider(Ctx, F, U, Need);
      if (!Fix.empty() && directIncludes(F.Targets.front().Tree).count(Fix))
        continue; // Already included: the name is missing on some target
                  // for another reason (unavailable-api).
      Finding Fd;
      Fd.Check = "implicit-include";
      Fd.File = F.File;
      Fd.Line = U.Line;
      Fd.Column = U.Column;
      Fd.Name = U.Name;
      std::set<std::string> Affected;
      for (const UsedName::OnTarget *R : Stacked) {
        const IncludeTree &T = R->TF->Tree;
        TargetEvidence E;
        E.Target = R->TF->T->Name;
        E.Chain = chainLinks(T, R->Node, R->DeclLine);
        E.Note = "'" + U.Name + "' reaches the file only through <" +
                 T.Nodes[T.chain(R->Node)[1]].Header + ">'s stack";
        Fd.Evidence.push_back(std::move(E));
        Affected.insert(R->TF->T->Name);
      }
      for (const UsedName::OnTarget &B : U.Broken) {
        // Without one header for all targets, a target-specific one will
        // do; a target with none at all is unavailable-api's.
        std::string Here = Fix.empty() ? findProvider(Ctx, F, U, {B.TF}) : Fix;
        if (Here.empty())
          continue;
        TargetEvidence E;
        E.Target = B.TF->T->Name;
        E.Breaks = true;
        E.Note = "no header the file includes declares '" + U.Name +
                 "' here (" + B.Diag->Message + "); <" + Here + "> does";
        Fd.Evidence.push_back(std::move(E));
        Affected.insert(B.TF->T->Name);
      }
      if (Fd.Evidence.empty())
        continue;
      std::string Via = Stacked.empty()
                            ? ""
                            : " (it arrives through <" +
                                  Stacked.front()->TF->Tree.Nodes[
                                      Stacked.front()->TF->Tree.chain(
                                          Stacked.front()->Node)[1]].Header +
                                  ">)";
      if (!Fix.empty()) {
        Fd.Message = "'" + U.Name + "' is used without including <" + Fix +
                     ">" + Via;
        Fd.Fix = FixIt{includeInsertLine(F.Targets.front().Tree),
                       "#include <" + Fix + ">"};
      } else {
        Fd.Message = "'" + U.Name +
                     "' is declared only by headers this file does not "
                     "include" + Via;
      }
      finishFinding(Fd, F, Affected);
      Out.push_back(std::move(Fd));
    }
  }
};

} // namespace

std::unique_ptr<Check> makeImplicitIncludeCheck() {
  return std::make_unique<ImplicitIncludeCheck>();
}

} // namespace hstack
