//===- Uses.cpp - Names a main file refers to, from the AST ---------------===//
#include "Capture/Uses.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace hstack {
namespace {

class UseVisitor : public RecursiveASTVisitor<UseVisitor> {
public:
  UseVisitor(ASTContext &Ctx, const Recorded &Rec, std::vector<NameUse> &Out)
      : SM(Ctx.getSourceManager()), Rec(Rec), Out(Out) {}

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    const NamedDecl *D = E->getDecl();
    NameKind K = isa<FunctionDecl>(D)       ? NameKind::Function
                 : isa<EnumConstantDecl>(D) ? NameKind::Enumerator
                                            : NameKind::Variable;
    add(D, K, E->getLocation());
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    add(TL.getTypedefNameDecl(), NameKind::Typedef, TL.getNameLoc());
    return true;
  }
  bool VisitTagTypeLoc(TagTypeLoc TL) {
    const TagDecl *D = TL.getDecl();
    NameKind K = D->isUnion()  ? NameKind::Union
                 : D->isEnum() ? NameKind::Enum
                               : NameKind::Struct;
    add(D, K, TL.getNameLoc());
    return true;
  }

private:
  /// Record a use written in the main file (directly, or as a macro
  /// argument written there) of a declaration from another file.
  void add(const NamedDecl *D, NameKind K, SourceLocation Loc) {
    if (!D || !D->getIdentifier() || Loc.isInvalid())
      return;
    if (Loc.isMacroID()) {
      if (!SM.isMacroArgExpansion(Loc))
        return; // Inside some macro's body: the macro's use, not the file's.
      Loc = SM.getSpellingLoc(Loc);
    }
    if (Rec.nodeAt(SM, Loc) != 0)
      return;
    SourceLocation DeclLoc = SM.getExpansionLoc(D->getLocation());
    int DeclNode = Rec.nodeAt(SM, DeclLoc);
    if (DeclNode <= 0)
      return; // Declared in the main file itself, or built in.
    NameUse U;
    U.Name = D->getIdentifier()->getName().str();
    U.Kind = K;
    U.Line = SM.getPresumedLineNumber(Loc);
    U.Column = SM.getPresumedColumnNumber(Loc);
    U.DeclNode = DeclNode;
    U.DeclLine = SM.getPresumedLineNumber(DeclLoc);
    Out.push_back(std::move(U));
  }

  const SourceManager &SM;
  const Recorded &Rec;
  std::vector<NameUse> &Out;
};

} // namespace

void collectUses(ASTContext &Ctx, const Recorded &Rec,
                 std::vector<NameUse> &Out) {
  if (Rec.Tree.SyntheticRoot)
    return;
  UseVisitor V(Ctx, Rec, Out);
  // Only the main file's top-level declarations can hold its uses.
  const SourceManager &SM = Ctx.getSourceManager();
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (Rec.nodeAt(SM, SM.getExpansionLoc(D->getLocation())) == 0)
      V.TraverseDecl(D);
}

} // namespace hstack
