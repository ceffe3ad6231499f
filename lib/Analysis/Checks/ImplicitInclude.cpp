//===- ImplicitInclude.cpp - Names that arrive only through the stack -----===//
//
// implicit-include: the file uses a name whose declaring header it never
// includes itself and gets only through another header's stack (va_list
// through glibc's stdio.h), so on some target it is not declared at all.
// Reported on the targets where the file will not compile, with the chain
// on each target that does provide it. The fix-it inserts a public header
// verified (by compiling it) to declare the name on every target, in the
// file's mode. Names every target provides through the file's own includes
// are not reported: that is not a portability problem.
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
      // Only names that fail somewhere: a name every target provides
      // through the file's own includes is not a portability problem.
      if (U.Broken.empty())
        continue;
      std::vector<const TargetFacts *> Need;
      for (const TargetFacts &TF : F.Targets)
        if (!TF.Skipped)
          Need.push_back(&TF);
      // One header that declares it on every target, in the file's mode.
      bool Declares = true;
      std::string Fix = findProvider(Ctx, F, U, Need, &Declares);
      if (!Declares) {
        // One that only stacks it in everywhere (<semaphore.h> for loff_t)
        // is a worse fix than the header that declares it where it is
        // missing (musl's <fcntl.h>); the other targets have it already.
        std::vector<const TargetFacts *> Missing;
        for (const UsedName::OnTarget &B : U.Broken)
          Missing.push_back(B.TF);
        std::string Own = findProvider(Ctx, F, U, Missing, &Declares);
        if (Declares && !Own.empty())
          Fix = Own;
      }
      const IncludeTree &Main = F.Targets.front().Tree;
      if (!Fix.empty() && U.File.empty() && directInclude(Main, Fix) >= 0)
        continue; // Included already: missing for another reason.
      Finding Fd;
      Fd.Check = "implicit-include";
      Fd.File = U.File.empty() ? F.File : U.File;
      Fd.Line = U.Line;
      Fd.Column = U.Column;
      Fd.Name = U.Name;
      std::set<std::string> Affected;
      for (const UsedName::OnTarget &B : U.Broken) {
        // Without one header for all targets, a target-specific one will
        // do; a target with none at all is unavailable-api's.
        std::string Here = Fix.empty() ? findProvider(Ctx, F, U, {B.TF}) : Fix;
        if (Here.empty())
          continue;
        TargetEvidence E;
        E.Target = B.TF->T->Name;
        E.Breaks = true;
        E.Note = "no header the file includes declares '" + U.spelled() +
                 "' here (" + B.Diag->Message + "); <" + Here + "> does";
        Fd.Evidence.push_back(std::move(E));
        Affected.insert(B.TF->T->Name);
      }
      if (Fd.Evidence.empty())
        continue;
      // Where it works, say through which header it arrives.
      std::string Via;
      for (const UsedName::OnTarget &R : U.Resolved) {
        const IncludeTree &T = R.TF->Tree;
        std::vector<int> Chain = T.chain(R.Node);
        std::string Through =
            Chain.size() > 1 ? T.Nodes[Chain[1]].Header : T.Nodes[R.Node].Header;
        TargetEvidence E;
        E.Target = R.TF->T->Name;
        E.Chain = chainLinks(T, R.Node, R.DeclLine);
        E.Note = "'" + U.spelled() + "' arrives through <" + Through + ">";
        if (R.Home > 0 && T.Nodes[R.Home].Header != Through)
          E.Note += "'s stack (declared by <" + T.Nodes[R.Home].Header + ">)";
        Fd.Evidence.push_back(std::move(E));
        if (Via.empty())
          Via = " (elsewhere it arrives through <" + Through + ">)";
      }
      if (!Fix.empty()) {
        Fd.Message = "'" + U.spelled() + "' is used without including <" + Fix +
                     ">" + Via;
        if (U.File.empty())
          Fd.Fix = FixIt{includeInsertLine(Main, U.Line),
                         "#include <" + Fix + ">"};
      } else {
        Fd.Message = "'" + U.Name +
                     "' is declared by different headers on different "
                     "targets, none of which this file includes" + Via;
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
