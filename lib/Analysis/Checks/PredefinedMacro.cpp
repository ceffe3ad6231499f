//===- PredefinedMacro.cpp - The package defines the compiler's macros ----===//
//
// predefined-macro: the package's code #defines a macro of the compiler's
// kind (`__x86_64__`, `__ILP32__`: two leading and two trailing
// underscores), and a conditional decides by it (in a libc or compiler
// header, or in the package's own code) and the code it selects fails.
// The classic cause is a configure result made for another machine:
// gnulib's host-cpu-c-abi writes `#ifndef __x86_64__ / #define __x86_64__
// 1` into config.h on an x86_64 build host; on i686 glibc's <gnu/stubs.h>
// then takes its x32 branch and wants <gnu/stubs-x32.h>.
//
// Found where it breaks: an error under such a conditional (an #include in
// a libc header, or a branch of the package's code, on the error's
// chain). The finding sits at the package's #define; lint counts every
// error under the same macro's branches as its consequence.
//
//===----------------------------------------------------------------------===//
#include "Analysis/Checks/CheckUtil.h"

#include <map>

namespace hstack {
namespace {

/// `__name__`, but not the macros of that spelling that programs are
/// asked to define: C's feature-test macros (`__STDC_WANT_LIB_EXT1__`),
/// Solaris' `__EXTENSIONS__` (gnulib's config.h defines it everywhere),
/// the kernel's `__KERNEL__`.
bool compilerStyle(llvm::StringRef Name) {
  return Name.size() > 4 && Name.starts_with("__") && Name.ends_with("__") &&
         !Name.starts_with("__STDC_WANT_") && Name != "__EXTENSIONS__" &&
         Name != "__KERNEL__";
}

using MacroDefs = std::map<std::string, const Declaration *>;

/// The package's definitions of compiler-style macros (the first of each).
MacroDefs packageDefs(const TargetFacts &TF) {
  MacroDefs Defs;
  for (const Declaration &D : TF.Decls)
    if ((D.Kind == NameKind::ObjectMacro ||
         D.Kind == NameKind::FunctionMacro) &&
        isPackageNode(TF.Tree, D.Node) && compilerStyle(D.Name) &&
        !Defs.count(D.Name))
      Defs[D.Name] = &D;
  return Defs;
}

/// The first of Defs a conditional names, or null.
const Declaration *namedIn(const MacroDefs &Defs, llvm::StringRef Expr) {
  for (const std::string &Id : identifiersIn(Expr))
    if (auto It = Defs.find(Id); It != Defs.end())
      return It->second;
  return nullptr;
}

/// Did a conditional that tests one of the package's compiler-style
/// macros lead to Err: an #include in a libc or compiler header under it
/// (missing, or Err lies below it), or a branch of the package's own code
/// holding Err or the #include that leads to it? The macro, and the
/// conditional as the evidence names it ("<gnu/stubs.h> line 12 `#if
/// ...`"); null when none did.
std::pair<const Declaration *, std::string> steeredBy(const FileFacts &F,
                                                      const TargetFacts &TF,
                                                      const MacroDefs &Defs,
                                                      const CompilerDiag &Err) {
  const IncludeTree &T = TF.Tree;
  std::vector<int> Chain = T.chain(Err.Node);
  // A missing #include is a child of Err's node, at Err's line.
  if (Err.Kind == DiagKind::FileNotFound)
    for (int C : T.Nodes[Err.Node].Children)
      if (T.Nodes[C].Status == IncludeStatus::Missing &&
          T.Nodes[C].Line == Err.Line) {
        Chain.push_back(C);
        break;
      }
  for (size_t I = Chain.size(); I-- > 1;) {
    const IncludeNode &N = T.Nodes[Chain[I]];
    if (!isLibcNode(T, N.Parent))
      continue;
    for (const Condition &C : N.Conditions)
      if (const Declaration *D = namedIn(Defs, C.Expr))
        return {D, "<" + T.Nodes[N.Parent].Header + "> line " +
                       std::to_string(C.Line) + " `" + C.text() + "`"};
  }
  // The package's code nearest to the error: its own line, or the
  // #include of the package's last file on the chain.
  for (size_t I = Chain.size(); I-- > 0;) {
    if (!isPackageNode(T, Chain[I]))
      continue;
    unsigned Line =
        Chain[I] == Err.Node ? Err.Line : T.Nodes[Chain[I + 1]].Line;
    for (const MainConditional &MC : TF.MainConds)
      if (MC.Node == Chain[I] && MC.Begin <= Line && Line <= MC.End)
        for (const MainConditional::Macro &M : MC.Macros)
          if (auto It = Defs.find(M.Name); It != Defs.end())
            return {It->second, displayFile(F, T, Chain[I]) + " line " +
                                    std::to_string(MC.Begin) + " `" + MC.Text +
                                    "`"};
    break;
  }
  return {nullptr, ""};
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
      MacroDefs Defs = packageDefs(TF);
      if (Defs.empty())
        continue;
      std::set<std::string> Done;
      for (const CompilerDiag &Err : T.Diags) {
        if (!isError(Err) || Err.Node < 0)
          continue;
        auto [Def, Where] = steeredBy(F, TF, Defs, Err);
        if (!Def || Done.count(Def->Name))
          continue;
        Done.insert(Def->Name);
        Finding &Fd = findingAtDecl(ByMacro, F, T, *Def, "predefined-macro");
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = true;
        E.Chain = chainLinks(T, Err.Node, Err.Line);
        E.Note = Where + " tests it, then: " + Err.File + ":" +
                 std::to_string(Err.Line) + ": " + Err.Message;
        Fd.Evidence.push_back(std::move(E));
        Affected[Def->Name].insert(TF.T->Name);
      }
    }
    for (auto &[Name, Fd] : ByMacro) {
      Fd.Message = "the package defines '" + Name +
                   "', a compiler macro (predefined only on the targets it "
                   "describes), and the code decides by it: a "
                   "configure result made for another machine? Run "
                   "configure for each target, or do not define it";
      finishFinding(Fd, F, Affected[Name]);
      Out.push_back(std::move(Fd));
    }
  }
};

} // namespace

std::string steeringMacro(const FileFacts &F, const TargetFacts &TF,
                          const CompilerDiag &Err) {
  if (Err.Node < 0)
    return "";
  MacroDefs Defs = packageDefs(TF);
  if (Defs.empty())
    return "";
  const Declaration *D = steeredBy(F, TF, Defs, Err).first;
  return D ? D->Name : "";
}

std::unique_ptr<Check> makePredefinedMacroCheck() {
  return std::make_unique<PredefinedMacroCheck>();
}

} // namespace hstack
