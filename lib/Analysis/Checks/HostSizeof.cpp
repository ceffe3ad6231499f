//===- HostSizeof.cpp - config.h's type sizes are the build host's --------===//
//
// host-sizeof: the package's configuration states a type's size as
// configure measured it on the build host (`#define SIZEOF_LONG 8`:
// autoconf's AC_CHECK_SIZEOF, CMake's check_type_size), the file decides
// by it, and on a target the type has another size (long is 4 bytes on
// arm; off_t, time_t and void * differ between data models and libcs).
// A compile database made on the host carries the host's answers to
// every target; the code then picks the wrong branch silently, or fails
// where it checks the claim (rsync's int64, picked by `#elif SIZEOF_LONG
// == 8`, then checked with a negative array size).
//
// A size stated for the package's own struct, union or typedef counts
// only if it is that type's size on some target linted: otherwise it is
// not a measurement of this type (a protocol's length written by hand),
// and hstack cannot tell the build host's answer from it.
//
// Found where the main file spells the macro (its code or its #if), or a
// conditional of the package's headers tests its value, and the target's
// size differs: at the #define, a warning. An error when an error of the
// target's compile that a size can cause (not an undeclared name, a
// missing header, an #error), and that targets where the claim holds do
// not have, sits on a line that spells the macro, inside a branch of the
// package's code that tests it, or on a main-file line naming a
// declaration such a branch holds. Lint then counts every error on a line
// spelling the macro as that finding's.
//
//===----------------------------------------------------------------------===//
#include "Analysis/Checks/CheckUtil.h"

#include <map>
#include <set>

namespace hstack {
namespace {

/// Can a wrong size cause this error? Not one about a name or a header
/// (undeclared, unknown type, not found, no member, #error): those are
/// other checks' business, whatever macro the line spells.
bool sizeKind(const CompilerDiag &D) {
  switch (D.Kind) {
  case DiagKind::Other:
  case DiagKind::Redefinition:
  case DiagKind::ConflictingTypes:
    return true;
  default:
    return false;
  }
}

class HostSizeofCheck : public Check {
public:
  void run(const CheckContext &, const FileFacts &F,
           std::vector<Finding> &Out) override {
    auto Holds = [](const SizeClaim &C) {
      return C.Actual >= 0 &&
             static_cast<unsigned long long>(C.Actual) == C.Claimed;
    };
    // Errors (file, line, message) on a target where a claim holds: the
    // same error elsewhere is not the wrong size's doing.
    auto FailsWhereHolds = [&](const std::string &Macro,
                               const CompilerDiag &D) {
      for (const TargetFacts &Other : F.Targets) {
        if (Other.Skipped)
          continue;
        bool Held = llvm::any_of(Other.SizeClaims, [&](const SizeClaim &C) {
          return C.Macro == Macro && Holds(C);
        });
        if (Held && llvm::any_of(Other.Tree.Diags, [&](const CompilerDiag &O) {
              return isError(O) && O.File == D.File && O.Line == D.Line &&
                     O.Message == D.Message;
            }))
          return true;
      }
      return false;
    };
    // A size stated for one of the package's own types is configure's
    // measurement only if it is that type's size somewhere: socat's
    // `#define SIZEOF_STRUCT_SOCKS4 8`, beside `struct socks4` (12 bytes
    // everywhere), is the protocol's header length, written by hand.
    std::set<std::string> HoldsSomewhere;
    for (const TargetFacts &TF : F.Targets)
      if (!TF.Skipped)
        for (const SizeClaim &C : TF.SizeClaims)
          if (Holds(C))
            HoldsSomewhere.insert(C.Macro);
    std::map<std::string, Finding> ByMacro;
    std::map<std::string, unsigned long long> Claimed;
    std::map<std::string, std::string> Type;
    for (const TargetFacts &TF : F.Targets) {
      if (TF.Skipped)
        continue;
      const IncludeTree &T = TF.Tree;
      for (const SizeClaim &C : TF.SizeClaims) {
        if (C.Actual < 0 || Holds(C) ||
            (C.PackageType && !HoldsSomewhere.count(C.Macro)))
          continue;
        // Where the file decides by it: the main file spells it, in code
        // or in a conditional of the package's code.
        const NameUse *Use = nullptr;
        for (const NameUse &U : TF.Uses)
          if (U.Name == C.Macro && nameSpaceOf(U.Kind) == NameSpace::Macro &&
              U.DeclNode == C.Node) {
            Use = &U;
            break;
          }
        std::vector<const MainConditional *> Branches;
        for (const MainConditional &MC : TF.MainConds)
          if (llvm::any_of(MC.Macros, [&](const MainConditional::Macro &M) {
                return M.Name == C.Macro && M.Value;
              }))
            Branches.push_back(&MC);
        if (!Use && Branches.empty())
          continue;
        auto BranchAt = [&](int Node,
                            unsigned Line) -> const MainConditional * {
          for (const MainConditional *MC : Branches)
            if (MC->Node == Node && MC->Begin <= Line && Line <= MC->End)
              return MC;
          return nullptr;
        };
        // The first error that spells the macro, lies in a branch it
        // decides, or names a declaration such a branch holds (rsync's
        // int64, a long under `#elif SIZEOF_LONG == 8`).
        const CompilerDiag *Err = nullptr;
        std::string Via;
        for (const CompilerDiag &D : T.Diags) {
          if (!isError(D) || D.Node < 0 || !isPackageNode(T, D.Node) ||
              !sizeKind(D) || FailsWhereHolds(C.Macro, D))
            continue;
          if (BranchAt(D.Node, D.Line) ||
              llvm::any_of(TF.Uses, [&](const NameUse &U) {
                return U.Name == C.Macro && U.UseNode == D.Node &&
                       U.Line == D.Line;
              })) {
            Err = &D;
            break;
          }
          // The names on the error's line (of the main file, whose text
          // is at hand; an invalid declaration keeps no references).
          // (Error lines are presumed lines: with #line directives,
          // bison's output, they do not index the file's own text.)
          if (F.LineDirectives || D.Node != 0 || D.Line == 0 ||
              D.Line > F.Lines.size())
            continue;
          std::set<std::string> Names = identifiersIn(F.Lines[D.Line - 1]);
          for (const Declaration &Dl : TF.Decls)
            if (Dl.Node >= 0 && Names.count(Dl.Name) &&
                isPackageNode(T, Dl.Node))
              if (const MainConditional *MC = BranchAt(Dl.Node, Dl.Line)) {
                Err = &D;
                Via = displayFile(F, T, MC->Node) + ":" +
                      std::to_string(MC->Begin) + " `" + MC->Text +
                      "` declares '" + Dl.Name + "'";
                break;
              }
          if (Err)
            break;
        }
        if (!ByMacro.count(C.Macro)) {
          Claimed[C.Macro] = C.Claimed;
          Type[C.Macro] = C.Type;
        }
        Finding &Fd =
            findingAt(ByMacro, F, T, C.Macro, C.Node, C.Line, "host-sizeof");
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Note = "'" + C.Type + "' is " + std::to_string(C.Actual) +
                 " bytes here, not " + std::to_string(C.Claimed);
        if (Err) {
          E.Breaks = true;
          E.Chain = chainLinks(T, Err->Node, Err->Line);
          E.Note += (Via.empty() ? "" : "; " + Via) + "; then: " + Err->File +
                    ":" + std::to_string(Err->Line) + ": " + Err->Message;
        } else if (Use) {
          E.Chain = chainLinks(T, Use->UseNode, Use->Line);
          E.Note += "; the file uses it";
        } else {
          const MainConditional &MC = *Branches.front();
          E.Chain = chainLinks(T, MC.Node, MC.Begin);
          E.Note += "; the file decides by it: `" + MC.Text + "`";
        }
        Fd.Evidence.push_back(std::move(E));
      }
    }
    for (auto &[Name, Fd] : ByMacro) {
      Fd.Message = "'" + Name + "' is " + std::to_string(Claimed[Name]) +
                   ": configure measured '" + Type[Name] +
                   "' on the build host, and it has another size on some "
                   "targets; run configure for each target, or use sizeof";
      // Non-breaking targets count as affected too: the code is built for
      // a size the type does not have there.
      std::set<std::string> Hit;
      for (const TargetEvidence &E : Fd.Evidence)
        Hit.insert(E.Target);
      finishFinding(Fd, F, Hit); // An error where it breaks, else a warning.
      Out.push_back(std::move(Fd));
    }
  }
};

} // namespace

std::unique_ptr<Check> makeHostSizeofCheck() {
  return std::make_unique<HostSizeofCheck>();
}

} // namespace hstack
