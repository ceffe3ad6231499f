//===- PredefinedMacro.cpp - The package defines the compiler's macros ----===//
//
// predefined-macro: the package's code #defines a macro of the compiler's
// kind (`__x86_64__`, `__ILP32__`: two leading and two trailing
// underscores), and a libc or compiler header decides by it and then
// fails. The classic cause is a configure result made for another
// machine: gnulib's host-cpu-c-abi writes `#ifndef __x86_64__ / #define
// __x86_64__ 1` into config.h on an x86_64 build host; on i686 glibc's
// <gnu/stubs.h> then takes its x32 branch and wants <gnu/stubs-x32.h>.
//
// Found where it breaks: an #include in a libc or compiler header, under a
// conditional that tests the package's macro, that is missing, or that
// leads to an error. The finding sits at the package's #define.
//
//===----------------------------------------------------------------------===//
#include "Analysis/Checks/CheckUtil.h"

#include <map>

namespace hstack {
namespace {

/// `__name__`, but not the feature-test macros C and POSIX ask programs to
/// define in that spelling (`__STDC_WANT_LIB_EXT1__`).
bool compilerStyle(llvm::StringRef Name) {
  return Name.size() > 4 && Name.starts_with("__") && Name.ends_with("__") &&
         !Name.starts_with("__STDC_WANT_");
}

class PredefinedMacroCheck : public Check {
public:
  void run(const CheckContext &, const FileFacts &F,
           std::vector<Finding> &Out) override {
    std::map<std::string, Finding> ByMacro;
    std::map<std::string, std::set<std::string>> Affected;
    for (const TargetFacts &TF : F.Targets) {
      if (TF.Skipped)
        continue;
      const IncludeTree &T = TF.Tree;
      // The package's definitions of compiler-style macros (first each).
      std::map<std::string, const Declaration *> Defs;
      for (const Declaration &D : TF.Decls)
        if ((D.Kind == NameKind::ObjectMacro ||
             D.Kind == NameKind::FunctionMacro) &&
            isPackageNode(T, D.Node) && compilerStyle(D.Name) &&
            !Defs.count(D.Name))
          Defs[D.Name] = &D;
      if (Defs.empty())
        continue;
      std::set<std::string> Done;
      for (size_t N = 1; N < T.Nodes.size(); ++N) {
        const IncludeNode &Node = T.Nodes[N];
        // An #include written in a libc or compiler header.
        if (Node.Conditions.empty() || !isLibcNode(T, Node.Parent))
          continue;
        const Declaration *Def = nullptr;
        const Condition *Cond = nullptr;
        for (const Condition &C : Node.Conditions) {
          for (const std::string &Id : identifiersIn(C.Expr))
            if (auto It = Defs.find(Id); It != Defs.end()) {
              Def = It->second;
              break;
            }
          if (Def) {
            Cond = &C;
            break;
          }
        }
        if (!Def || Done.count(Def->Name))
          continue;
        // Where it breaks: the include itself, or the first error below.
        const CompilerDiag *Err = nullptr;
        for (const CompilerDiag &D : T.Diags) {
          if (!isError(D) || D.Node < 0)
            continue;
          bool Here = Node.Status == IncludeStatus::Missing
                          ? D.Node == Node.Parent && D.Line == Node.Line &&
                                D.Kind == DiagKind::FileNotFound
                          : llvm::is_contained(T.chain(D.Node),
                                               static_cast<int>(N));
          if (Here) {
            Err = &D;
            break;
          }
        }
        if (!Err)
          continue;
        Done.insert(Def->Name);
        Finding &Fd = ByMacro[Def->Name];
        if (Fd.Check.empty()) {
          Fd.Check = "predefined-macro";
          Fd.File = displayFile(F, T, Def->Node);
          Fd.Line = Def->Line;
          Fd.Column = 1;
          Fd.Name = Def->Name;
        }
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = true;
        E.Chain = chainLinks(T, Err->Node, Err->Line);
        E.Note = "<" + T.Nodes[Node.Parent].Header + "> line " +
                 std::to_string(Cond->Line) + " `" + Cond->text() +
                 "` tests it, then: " + Err->File + ":" +
                 std::to_string(Err->Line) + ": " + Err->Message;
        Fd.Evidence.push_back(std::move(E));
        Affected[Def->Name].insert(TF.T->Name);
      }
    }
    for (auto &[Name, Fd] : ByMacro) {
      Fd.Message = "the package defines '" + Name +
                   "', a compiler macro (predefined only on the targets it "
                   "describes), and a libc header decides by it: a "
                   "configure result made for another machine? Run "
                   "configure for each target, or do not define it";
      finishFinding(Fd, F, Affected[Name]);
      Out.push_back(std::move(Fd));
    }
  }
};

} // namespace

std::unique_ptr<Check> makePredefinedMacroCheck() {
  return std::make_unique<PredefinedMacroCheck>();
}

} // namespace hstack
