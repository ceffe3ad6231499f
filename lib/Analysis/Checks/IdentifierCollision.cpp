//===- IdentifierCollision.cpp - The file's names against the libc's ------===//
//
// identifier-collision: the file declares or defines a name (macro,
// variable, function, type, enumerator) that a libc header it includes,
// directly or through the stack, also declares on some target. Both orders:
// a main-file macro that expands inside a libc header (the abs() case), and
// a declaration after the include (the BOOL clone; case). A compatible
// redeclaration of a function or variable is not a collision unless the
// compiler says it is. A package header's declaration counts where a libc
// header's declaration of the name then fails (a generated types header
// made on another machine).
//
//===----------------------------------------------------------------------===//
#include "Analysis/Checks/CheckUtil.h"

#include <map>

namespace hstack {
namespace {

/// Do two declarations of the same name clash in C's namespaces?
bool clash(NameKind User, NameKind Libc) {
  NameSpace A = nameSpaceOf(User), B = nameSpaceOf(Libc);
  if (A == NameSpace::Macro || B == NameSpace::Macro)
    return true; // A macro rewrites every use of the name.
  if (A != B)
    return false;
  // Same namespace: redeclaring a function as a function (or an extern
  // variable as a variable) is legal when the types agree; Sema decides.
  return User != Libc || User == NameKind::Typedef ||
         User == NameKind::Enumerator || A == NameSpace::Tag;
}

class IdentifierCollisionCheck : public Check {
public:
  void run(const CheckContext &Ctx, const FileFacts &F,
           std::vector<Finding> &Out) override {
    std::map<std::string, Finding> ByName;
    std::map<std::string, std::set<std::string>> Affected;
    // A reserved macro of the file's own (`#define __unused ...`, BSD
    // style) is often meant to adapt the headers; it is a collision only
    // where it breaks one (musl's struct stat has a member __unused).
    std::set<std::string> ReservedBreaking;
    for (const TargetFacts &TF : F.Targets)
      if (!TF.Skipped)
        for (const MacroIntrusion &I : TF.Intrusions)
          if (isReservedName(I.Macro) && breaksAt(TF.Tree, I))
            ReservedBreaking.insert(I.Macro);
    for (const TargetFacts &TF : F.Targets) {
      if (TF.Skipped)
        continue;
      const IncludeTree &T = TF.Tree;
      // The file's own names, first declaration each.
      std::map<std::string, const Declaration *> Mine;
      for (const Declaration &D : TF.Decls)
        if (D.Node == 0 && !Mine.count(D.Name))
          Mine[D.Name] = &D;
      // A declaration the compiler rejected as a redefinition may not be
      // in the AST at all (clang makes a redefined `struct timezone`
      // anonymous to recover): the error itself says the file declares it.
      std::vector<const CompilerDiag *> Errors = packageErrors(T);
      std::vector<Declaration> Rejected;
      for (const CompilerDiag *D : Errors)
        if (D->Node == 0 && !D->Name.empty() && !Mine.count(D->Name) &&
            (D->Kind == DiagKind::Redefinition ||
             D->Kind == DiagKind::ConflictingTypes)) {
          Declaration R;
          R.Name = D->Name;
          R.Line = D->Line;
          Rejected.push_back(std::move(R));
        }
      for (const Declaration &R : Rejected)
        Mine.emplace(R.Name, &R);
      auto Hit = [&](const std::string &Name) -> Finding & {
        Finding &Fd = ByName[Name];
        const Declaration *D = Mine.count(Name) ? Mine[Name] : nullptr;
        if (Fd.Check.empty()) {
          Fd.Check = "identifier-collision";
          Fd.File = F.File;
          Fd.Name = Name;
          Fd.Line = D ? D->Line : 0;
          Fd.Column = 1;
        }
        return Fd;
      };
      std::set<std::string> Done;
      // 1. A main-file macro expanding inside a libc header.
      for (const MacroIntrusion &I : TF.Intrusions) {
        if ((isReservedName(I.Macro) && !ReservedBreaking.count(I.Macro)) ||
            !Done.insert(I.Macro).second)
          continue;
        if (!isLibcNode(T, I.Node))
          continue;
        const IncludeNode &N = T.Nodes[I.Node];
        Finding &Fd = Hit(I.Macro);
        if (!Fd.Line)
          Fd.Line = I.DefLine;
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = breaksAt(T, I);
        E.Chain = chainLinks(T, I.Node, I.Line);
        E.Note = "the macro '" + I.Macro + "' defined at line " +
                 std::to_string(I.DefLine) + " expands inside <" + N.Header +
                 ">:" + std::to_string(I.Line);
        Fd.Evidence.push_back(std::move(E));
        Affected[I.Macro].insert(TF.T->Name);
      }
      // 2. The file declares a name a libc header declares too.
      for (const Declaration &L : TF.Decls) {
        if (L.Node <= 0 || isReservedName(L.Name) || Done.count(L.Name))
          continue;
        if (!isLibcNode(T, L.Node))
          continue;
        const IncludeNode &N = T.Nodes[L.Node];
        auto It = Mine.find(L.Name);
        if (It == Mine.end())
          continue;
        bool Breaks = breaks(T, L.Name);
        // A macro the file #undef'd first replaces the libc's name on
        // purpose: a collision only where that breaks the build.
        if (!Breaks &&
            (It->second->Replaces || !clash(It->second->Kind, L.Kind)))
          continue;
        Done.insert(L.Name);
        Finding &Fd = Hit(L.Name);
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = Breaks;
        E.Chain = chainLinks(T, L.Node, L.Line);
        E.Note = std::string(kindName(L.Kind)) + " '" + L.Name +
                 "' is declared by <" + N.Header + ">:" +
                 std::to_string(L.Line) + ": " + L.Text;
        Fd.Evidence.push_back(std::move(E));
        Affected[L.Name].insert(TF.T->Name);
      }
      // 3. The file spells a libc object-like macro as a name of its own
      // (`enum { sa_handler };`, a struct member `st_mtime`): the macro
      // rewrites it and the code fails inside the expansion. The
      // declaration never reaches the AST, so 2. cannot see it. Only a
      // syntax error says the name was being declared: a macro used as
      // meant can fail too (`case EAGAIN: case EWOULDBLOCK:` where the
      // two are one number), and that is no clash of names. Nor is it one
      // where the same macro expands on that line on a target that compiles
      // the line: the code uses the macro as the libc's, and something else
      // broke the statement (`static_assert (MB_LEN_MAX <= SCHAR_MAX);`
      // parses as a declaration where the libc has no static_assert, and
      // fails at the number MB_LEN_MAX brings).
      for (const CompilerDiag *D : Errors) {
        if (D->Node != 0 || !D->Parse || D->OuterMacro.empty() ||
            Done.count(D->OuterMacro) ||
            usedWhereLineCompiles(F, D->OuterMacro, D->Line))
          continue;
        const NameUse *Use = libcMacroAt(TF, D->OuterMacro, D->Line);
        if (!Use)
          continue;
        Done.insert(Use->Name);
        Finding &Fd = Hit(Use->Name);
        if (!Fd.Line) {
          Fd.Line = Use->Line;
          Fd.Column = Use->Column;
        }
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = true;
        E.Chain = chainLinks(T, Use->DeclNode, Use->DeclLine);
        E.Note = "'" + Use->Name + "' is a macro of <" +
                 T.Nodes[Use->DeclNode].Header + ">:" +
                 std::to_string(Use->DeclLine) + "; it expands at line " +
                 std::to_string(Use->Line) + " and the code fails there (" +
                 D->Message + ")";
        Fd.Evidence.push_back(std::move(E));
        Affected[Use->Name].insert(TF.T->Name);
      }
      // 4. One of the package's headers declares a name that a libc (or
      // kernel) header then declares as something else on this target:
      // e2fsprogs' generated ext2_types.h has `typedef long long __s64;`
      // as on its x86_64 build host, and on mips64 n64 <asm/types.h>
      // brings `typedef long __s64;` ("typedef redefinition with
      // different types"). Only where it breaks: package headers often
      // declare libc names on purpose (replacements), compatibly.
      for (const CompilerDiag *D : libcErrors(T)) {
        if (D->Name.empty() || Done.count(D->Name) ||
            (D->Kind != DiagKind::Redefinition &&
             D->Kind != DiagKind::ConflictingTypes))
          continue;
        const Declaration *Own = nullptr;
        for (const Declaration &Dl : TF.Decls)
          if (Dl.Name == D->Name && Dl.Node > 0 && isPackageNode(T, Dl.Node)) {
            Own = &Dl;
            break;
          }
        if (!Own)
          continue;
        Done.insert(D->Name);
        Finding &Fd =
            findingAtDecl(ByName, F, T, *Own, "identifier-collision");
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = true;
        E.Chain = chainLinks(T, D->Node, D->Line);
        E.Note = "<" + T.Nodes[D->Node].Header + ">:" +
                 std::to_string(D->Line) + " declares '" + D->Name +
                 "' too: " + D->Message;
        Fd.Evidence.push_back(std::move(E));
        Affected[D->Name].insert(TF.T->Name);
      }
    }
    for (auto &[Name, Fd] : ByName) {
      finishFinding(Fd, F, Affected[Name]);
      // Rule 4's findings sit in the package's header, where the name is
      // often a libc type the header provides itself (generated on the
      // build host): taking the libc's is the other way out.
      Fd.Message =
          Fd.File == F.File
              ? "'" + Name + "' is also declared by libc headers this "
                             "file includes; rename it"
              : "'" + Name + "' is declared by this package header and, "
                             "differently, by libc headers; rename it, or "
                             "take it from the libc (a header generated for "
                             "another machine?)";
      Out.push_back(std::move(Fd));
    }
  }

private:
  /// Errors located in a libc or compiler header.
  static std::vector<const CompilerDiag *> libcErrors(const IncludeTree &T) {
    std::vector<const CompilerDiag *> Out;
    for (const CompilerDiag &D : T.Diags)
      if (isError(D) && isLibcNode(T, D.Node))
        Out.push_back(&D);
    return Out;
  }

  /// TF's expansion of the libc object-like macro Name written on
  /// main-file line Line, or null.
  static const NameUse *libcMacroAt(const TargetFacts &TF,
                                    const std::string &Name, unsigned Line) {
    for (const NameUse &U : TF.Uses)
      if (U.UseNode == 0 && U.Line == Line && U.Name == Name &&
          U.Kind == NameKind::ObjectMacro && isLibcNode(TF.Tree, U.DeclNode))
        return &U;
    return nullptr;
  }

  /// Is the libc macro Name expanded at main-file line Line on a target
  /// where that line has no error?
  static bool usedWhereLineCompiles(const FileFacts &F, const std::string &Name,
                                    unsigned Line) {
    return llvm::any_of(F.Targets, [&](const TargetFacts &TF) {
      return !TF.Skipped && libcMacroAt(TF, Name, Line) &&
             llvm::none_of(TF.Tree.Diags, [&](const CompilerDiag &D) {
               return isError(D) && D.Node == 0 && D.Line == Line;
             });
    });
  }

  /// Did the macro break the header it expanded in: an error inside its
  /// expansion, or on the header line it expanded on (`long __unused[3];`
  /// fails at the `[` after the expansion)?
  static bool breaksAt(const IncludeTree &T, const MacroIntrusion &I) {
    if (breaks(T, I.Macro))
      return true;
    for (const CompilerDiag &D : T.Diags)
      if (isError(D) && D.Node == I.Node && D.Line == I.Line)
        return true;
    return false;
  }

  /// Did the compiler fail over this name: a redefinition/conflict naming
  /// it, or an error inside the expansion of the main-file macro `Name`?
  static bool breaks(const IncludeTree &T, const std::string &Name) {
    for (const CompilerDiag &D : T.Diags)
      if (isError(D) &&
          (D.MainMacro == Name ||
           ((D.Kind == DiagKind::Redefinition ||
             D.Kind == DiagKind::ConflictingTypes) &&
            D.Name == Name)))
        return true;
    return false;
  }
};

} // namespace

std::unique_ptr<Check> makeIdentifierCollisionCheck() {
  return std::make_unique<IdentifierCollisionCheck>();
}

} // namespace hstack
