//===- Uses.cpp - Names a main file refers to, from the AST ---------------===//
#include "Capture/Uses.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <map>
#include <set>

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
    U.Line = Rec.line(SM, Loc);
    U.Column = SM.getPresumedColumnNumber(Loc);
    U.DeclNode = DeclNode;
    U.DeclLine = Rec.line(SM, DeclLoc);
    Out.push_back(std::move(U));
  }

  const SourceManager &SM;
  const Recorded &Rec;
  std::vector<NameUse> &Out;
};

/// The struct or union T is, or holds through pointers, arrays and
/// function results; null if none.
static const RecordDecl *recordHeldBy(QualType T) {
  for (;;) {
    if (T.isNull())
      return nullptr;
    T = T.getCanonicalType();
    if (const auto *F = T->getAs<FunctionType>())
      T = F->getReturnType();
    else if (const auto *P = T->getAs<PointerType>())
      T = P->getPointeeType();
    else if (const ArrayType *A = T->getAsArrayTypeUnsafe())
      T = A->getElementType();
    else
      return T->getAsRecordDecl();
  }
}

/// The struct or union T is, arrays looked through (what an object of
/// type T needs complete); null if none.
static const RecordDecl *recordByValue(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getCanonicalType();
  while (const ArrayType *A = T->getAsArrayTypeUnsafe())
    T = A->getElementType().getCanonicalType();
  return T->getAsRecordDecl();
}

/// Every libc declaration the package's code references.
class RefVisitor : public RecursiveASTVisitor<RefVisitor> {
public:
  RefVisitor(ASTContext &Ctx, const Recorded &Rec, PackageRefs &Out)
      : SM(Ctx.getSourceManager()), Rec(Rec), Out(Out) {}

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    const NamedDecl *D = E->getDecl();
    add(D, isa<FunctionDecl>(D)       ? NameKind::Function
           : isa<EnumConstantDecl>(D) ? NameKind::Enumerator
                                      : NameKind::Variable);
    // A function used as a value (a callback, a function pointer's
    // initializer) must have the exact type: clang rejects incompatible
    // function pointers, while a call converts its arguments. The call
    // was visited first (parents before children) and named its callee.
    if (isa<FunctionDecl>(D) && !Callees.contains(E))
      exact(D);
    return true;
  }
  bool VisitCallExpr(CallExpr *E) {
    if (const Expr *C = E->getCallee())
      if (const auto *R = dyn_cast<DeclRefExpr>(C->IgnoreParenImpCasts()))
        Callees.insert(R);
    return true;
  }
  /// offsetof and a positional initializer of several values depend on
  /// the members' order and types, not only on the record being complete.
  bool VisitOffsetOfExpr(OffsetOfExpr *E) {
    if (const TypeSourceInfo *TI = E->getTypeSourceInfo())
      needLayout(recordByValue(TI->getType()));
    return true;
  }
  bool VisitInitListExpr(InitListExpr *E) {
    if (E->getNumInits() > 1)
      needLayout(recordByValue(E->getType()));
    return true;
  }
  /// _Generic picks by exact type: every comparison is exact then.
  bool VisitGenericSelectionExpr(GenericSelectionExpr *) {
    AllExact = true;
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    add(TL.getTypedefNameDecl(), NameKind::Typedef);
    return true;
  }
  bool VisitTagTypeLoc(TagTypeLoc TL) {
    const TagDecl *D = TL.getDecl();
    add(D, D->isUnion() ? NameKind::Union
           : D->isEnum() ? NameKind::Enum
                         : NameKind::Struct);
    return true;
  }
  /// A package declaration that redeclares a libc one (`extern int
  /// fseek();`): the libc's declaration counts as referenced.
  void redeclares(const NamedDecl *D) {
    const Decl *Prev = nullptr;
    if (const auto *F = dyn_cast<FunctionDecl>(D))
      Prev = F->getPreviousDecl();
    else if (const auto *V = dyn_cast<VarDecl>(D))
      Prev = V->getPreviousDecl();
    else if (const auto *T = dyn_cast<TypedefNameDecl>(D))
      Prev = T->getPreviousDecl();
    else if (const auto *T = dyn_cast<TagDecl>(D))
      Prev = T->getPreviousDecl();
    for (; Prev; Prev = Prev->getPreviousDecl())
      if (libc(Prev)) {
        const auto *P = cast<NamedDecl>(Prev);
        Exact = true;
        add(P, isa<FunctionDecl>(P)     ? NameKind::Function
               : isa<VarDecl>(P)        ? NameKind::Variable
               : isa<TypedefNameDecl>(P) ? NameKind::Typedef
               : cast<TagDecl>(P)->isUnion() ? NameKind::Union
               : cast<TagDecl>(P)->isEnum()  ? NameKind::Enum
                                             : NameKind::Struct);
        return;
      }
  }

  bool VisitBinaryOperator(BinaryOperator *E) {
    if (E->isAssignmentOp())
      written(E->getLHS());
    if (E->isAdditiveOp() || E->getOpcode() == BO_AddAssign ||
        E->getOpcode() == BO_SubAssign)
      for (const Expr *Op : {E->getLHS(), E->getRHS()})
        needPointee(Op);
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *E) {
    if (E->isIncrementDecrementOp()) {
      written(E->getSubExpr());
      needPointee(E->getSubExpr());
    }
    return true;
  }
  // Where the package's code needs a libc record complete: an object or
  // value of its type, sizeof, pointer arithmetic, a function defined to
  // return it. (More than C strictly needs, `&x` of an incomplete extern
  // counts too: a proof may fail, never pass wrongly.)
  bool VisitExpr(Expr *E) {
    need(recordByValue(E->getType()));
    return true;
  }
  /// sizeof and alignof see the exact type: of a typedef (off_t is long
  /// on one libc and int on another) or a variable (`extern int T[];`).
  bool VisitUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *E) {
    QualType T;
    if (E->isArgumentType()) {
      T = E->getArgumentType();
      need(recordByValue(T));
    } else if (const Expr *A = E->getArgumentExpr()) {
      exactIn(A); // sizeof(getpid()): the result type of the call.
      T = A->IgnoreParenImpCasts()->getType();
    }
    sized(T);
    return true;
  }
  /// A SIZEOF_* macro of the package claims T's size: the typedefs and
  /// the record it names are referenced, as by `sizeof (T)` (where the
  /// traversal has already referenced them from the written type).
  void claimsSizeOf(QualType T) {
    if (const auto *RT = T->getAs<RecordType>())
      add(RT->getDecl(),
          RT->getDecl()->isUnion() ? NameKind::Union : NameKind::Struct);
    need(recordByValue(T));
    sized(T, /*Reference=*/true);
  }
  /// The package depends on T's size (sizeof, or a SIZEOF_* claim about
  /// it): its typedefs exactly (referenced too, with Reference), its
  /// record's layout.
  void sized(QualType T, bool Reference = false) {
    needLayout(recordByValue(T));
    for (int Depth = 0; !T.isNull() && Depth < 16; ++Depth) {
      const auto *TT = T->getAs<TypedefType>();
      if (!TT)
        break;
      if (Reference)
        add(TT->getDecl(), NameKind::Typedef);
      exact(TT->getDecl());
      T = TT->getDecl()->getUnderlyingType();
    }
  }
  bool VisitDeclaratorDecl(DeclaratorDecl *D) {
    if (const auto *V = dyn_cast<VarDecl>(D);
        V && V->hasExternalStorage() && !V->hasInit())
      return true;
    if (const auto *F = dyn_cast<FunctionDecl>(D)) {
      if (F->doesThisDeclarationHaveABody())
        need(recordByValue(F->getReturnType()));
      return true;
    }
    need(recordByValue(D->getType()));
    return true;
  }
  /// After the traversal: mark the references that name (or hold) a
  /// record the code needs complete; a needed record no reference leads
  /// to cannot be compared.
  void finish() {
    llvm::DenseSet<const RecordDecl *> Named;
    for (const auto &[Key, RD] : Held)
      if (Need.contains(RD)) {
        PackageRefs::Ref &R = Out.Names[Key];
        R.Complete = true;
        if (Layout.contains(RD))
          R.Layout = layoutOf(RD);
        Named.insert(RD);
      }
    for (auto &[Key, R] : Out.Names)
      R.Exact |= AllExact || ExactKeys.count(Key);
    for (const RecordDecl *RD : Need)
      if (!Named.contains(RD))
        Out.Undecidable = true;
  }

  bool VisitMemberExpr(MemberExpr *E) {
    const ValueDecl *M = E->getMemberDecl();
    const auto *RD = dyn_cast<RecordDecl>(M->getDeclContext());
    if (!RD || !libc(RD) || !M->getIdentifier())
      return true;
    std::string Key = recordKey(RD);
    if (Key.empty())
      Out.Undecidable = true;
    else
      Out.Members.insert({Key, memberKey(M)});
    return true;
  }

private:
  void written(Expr *E) {
    if (const auto *R = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const NamedDecl *D = R->getDecl(); D->getIdentifier() && libc(D))
        Out.Names[nameKey(NameSpace::Ordinary,
                          D->getIdentifier()->getName().str())]
            .Exact = true;
  }
  bool libc(const Decl *D) const {
    int N = Rec.nodeAt(SM, SM.getExpansionLoc(D->getLocation()));
    return N > 0 && !isPackageOrigin(Rec.Tree.Nodes[N].Origin);
  }
  void add(const NamedDecl *D, NameKind K) {
    if (!D || !D->getIdentifier() || !libc(D))
      return;
    std::string Key = nameKey(nameSpaceOf(K), D->getIdentifier()->getName().str());
    auto [It, New] = Out.Names.try_emplace(Key);
    if (New || It->second.TypeKey.empty()) {
      It->second.Kind = K;
      It->second.TypeKey = typeKeyOf(D);
      It->second.ShapeKey = shapeKeyOf(D);
    }
    if (const RecordDecl *RD = heldRecord(D))
      Held[Key] = cast<RecordDecl>(RD->getCanonicalDecl());
    It->second.Exact |= Exact;
    Exact = false;
  }

  void needLayout(const RecordDecl *RD) {
    if (const RecordDecl *C = libcRecord(RD)) {
      Need.insert(C);
      Layout.insert(C);
    }
  }
  /// Pointer arithmetic on E needs what it points to complete.
  void needPointee(const Expr *E) {
    QualType T = E->getType();
    if (const auto *P = T.isNull() ? nullptr : T->getAs<PointerType>())
      need(recordByValue(P->getPointeeType()));
  }
  /// exact() every declaration an expression refers to.
  void exactIn(const Stmt *S) {
    if (!S)
      return;
    if (const auto *R = dyn_cast<DeclRefExpr>(S))
      exact(R->getDecl());
    for (const Stmt *C : S->children())
      exactIn(C);
  }
  /// Compare a referenced libc declaration's exact type.
  void exact(const NamedDecl *D) {
    if (D && D->getIdentifier() && libc(D))
      ExactKeys.insert(nameKey(NameSpace::Ordinary,
                               D->getIdentifier()->getName().str()));
  }
  /// A libc record the code needs complete.
  void need(const RecordDecl *RD) {
    if (const RecordDecl *C = libcRecord(RD))
      Need.insert(C);
  }
  /// RD's canonical declaration if it is the libc's (not a compiler
  /// builtin such as va_list's __va_list_tag, the same everywhere).
  const RecordDecl *libcRecord(const RecordDecl *RD) const {
    return RD && !RD->isImplicit() && libc(RD)
               ? cast<RecordDecl>(RD->getCanonicalDecl())
               : nullptr;
  }

  const SourceManager &SM;
  const Recorded &Rec;
  PackageRefs &Out;
  bool Exact = false; ///< The next add() is a redeclaration.
  /// nameKey() of a reference -> the record it names or holds.
  std::map<std::string, const RecordDecl *> Held;
  llvm::DenseSet<const RecordDecl *> Need, Layout;
  std::set<std::string> ExactKeys;
  llvm::DenseSet<const DeclRefExpr *> Callees;
  bool AllExact = false;
};

/// One letter per kind of type.
char shapeOf(QualType T) {
  T = T.getCanonicalType();
  if (T->isVoidType())
    return 'V';
  if (T->isIntegerType() || T->isEnumeralType() || T->isBooleanType())
    return 'I';
  if (T->isRealFloatingType())
    return 'F';
  if (T->isAnyComplexType())
    return 'C';
  if (T->isPointerType() || T->isArrayType() || T->isBlockPointerType() ||
      T->isNullPtrType())
    return 'P';
  if (T->isUnionType())
    return 'U';
  if (T->isRecordType())
    return 'S';
  if (T->isFunctionType())
    return 'f';
  return '?';
}

std::string eraseTagNames(std::string S);

/// shapeOf(), except that a pointer to a function keeps the function's
/// exact type (tags erased): a callback of another type does not convert
/// (clang rejects incompatible function pointers).
std::string shapeText(QualType T) {
  char C = shapeOf(T);
  if (C == 'P')
    if (const auto *P = T.getCanonicalType()->getAs<PointerType>())
      if (P->getPointeeType()->isFunctionType())
        return "P{" + eraseTagNames(P->getPointeeType()
                                        .getCanonicalType()
                                        .getAsString()) +
               "}";
  return std::string(1, C);
}

/// "struct _IO_FILE *" -> "struct *": the cheap path compares types across
/// libcs, whose private tag names differ for the same public type.
std::string eraseTagNames(std::string S) {
  std::string Out;
  size_t I = 0;
  while (I < S.size()) {
    bool Matched = false;
    for (llvm::StringRef Kw : {"struct ", "union ", "enum "}) {
      if (!llvm::StringRef(S).substr(I).starts_with(Kw) ||
          (I > 0 && (isAsciiIdentifierContinue(S[I - 1]))))
        continue;
      Out += Kw.rtrim();
      I += Kw.size();
      if (I < S.size() && S[I] == '(') { // (unnamed struct at ...)
        size_t E = S.find(')', I);
        I = E == std::string::npos ? S.size() : E + 1;
      } else {
        while (I < S.size() && isAsciiIdentifierContinue(S[I]))
          ++I;
      }
      Matched = true;
      break;
    }
    if (!Matched)
      Out += S[I++];
  }
  return Out;
}

} // namespace

/// The type a function, variable or typedef declares (null otherwise).
static QualType declaredType(const NamedDecl *D) {
  if (const auto *V = dyn_cast<ValueDecl>(D); V && !isa<EnumConstantDecl>(D))
    return V->getType();
  if (const auto *TD = dyn_cast<TypedefNameDecl>(D))
    return TD->getUnderlyingType();
  return QualType();
}

bool isPackageOrigin(HeaderOrigin O) {
  return O == HeaderOrigin::Main || O == HeaderOrigin::Other ||
         O == HeaderOrigin::Dependency;
}

/// An enumerator's value ("=2"): duplicate case values, array sizes and
/// static assertions depend on it.
static std::string enumValueKey(const NamedDecl *D) {
  const auto *E = dyn_cast<EnumConstantDecl>(D);
  return E ? "=" + llvm::toString(E->getInitVal(), 10) : std::string();
}

std::string typeKeyOf(const NamedDecl *D) {
  if (isa<EnumConstantDecl>(D))
    return enumValueKey(D);
  QualType T = declaredType(D);
  if (T.isNull())
    return "";
  PrintingPolicy PP(D->getASTContext().getLangOpts());
  PP.AnonymousTagLocations = false;
  return eraseTagNames(T.getCanonicalType().getAsString(PP));
}

std::string shapeKeyOf(const NamedDecl *D) {
  if (isa<EnumConstantDecl>(D))
    return enumValueKey(D);
  QualType T = declaredType(D);
  if (T.isNull())
    return "";
  const auto *F = T.getCanonicalType()->getAs<FunctionType>();
  if (!F)
    return shapeText(T);
  std::string S = shapeText(F->getReturnType());
  S += '(';
  if (const auto *P = dyn_cast<FunctionProtoType>(F)) {
    for (unsigned I = 0; I < P->getNumParams(); ++I)
      S += (I ? "," : "") + shapeText(P->getParamType(I));
    if (P->isVariadic())
      S += P->getNumParams() ? ",..." : "...";
  } else {
    S += "?"; // No prototype: any call goes.
  }
  return S + ')';
}

const RecordDecl *heldRecord(const NamedDecl *D) {
  if (const auto *RD = dyn_cast<RecordDecl>(D))
    return RD;
  QualType T = declaredType(D);
  return T.isNull() ? nullptr : recordHeldBy(T);
}

std::vector<std::string> fieldsOf(const RecordDecl *RD) {
  std::vector<std::string> Out;
  if (const RecordDecl *Def = RD->getDefinition())
    for (const Decl *D : Def->decls())
      if (const auto *ND = dyn_cast<NamedDecl>(D);
          ND && (isa<FieldDecl>(ND) || isa<IndirectFieldDecl>(ND)) &&
          ND->getIdentifier())
        Out.push_back(memberKey(ND));
  std::sort(Out.begin(), Out.end());
  return Out;
}

std::string memberKey(const NamedDecl *Member) {
  return Member->getIdentifier()->getName().str() + "\t" + typeKeyOf(Member);
}

std::string layoutOf(const RecordDecl *RD) {
  const RecordDecl *Def = RD->getDefinition();
  if (!Def)
    return "";
  std::string Out = RD->isUnion() ? "union{" : "struct{";
  for (const FieldDecl *F : Def->fields()) {
    if (F->getIdentifier())
      Out += F->getIdentifier()->getName().str() + " ";
    Out += typeKeyOf(F);
    if (F->isBitField() && !F->getBitWidth()->isValueDependent())
      Out += ":" + std::to_string(F->getBitWidthValue(F->getASTContext()));
    Out += ";";
  }
  return Out + "}";
}

std::string recordKey(const RecordDecl *RD) {
  if (RD->getIdentifier())
    return (RD->isUnion() ? "union " : "struct ") +
           RD->getIdentifier()->getName().str();
  if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
    return "typedef " + TD->getIdentifier()->getName().str();
  return "";
}

size_t sizeofSuffix(llvm::StringRef Macro) {
  size_t At = Macro.find("SIZEOF_");
  if (At == llvm::StringRef::npos || Macro.size() == At + 7 ||
      (At > 0 && Macro[At - 1] != '_'))
    return llvm::StringRef::npos;
  for (char C : Macro.take_front(At))
    if (!llvm::isUpper(C) && !llvm::isDigit(C) && C != '_')
      return llvm::StringRef::npos;
  return At + 7;
}

/// The type a configure size macro names, by autoconf's spelling rule
/// (upper case, `*` as P, anything else not alphanumeric as _): a typedef
/// the TU declares (OFF_T: off_t), builtin keywords (UNSIGNED_LONG_LONG),
/// `struct X` / `union X` defined in the TU, __int128, or a pointer to any
/// of those (VOID_P, CHAR_P). Null when the TU has no such complete type.
static QualType sizedType(ASTContext &Ctx, std::string S) {
  S = llvm::StringRef(S).lower();
  if (llvm::StringRef(S).ends_with("_p") && S.size() > 2) {
    QualType P = sizedType(Ctx, S.substr(0, S.size() - 2));
    return P.isNull() ? P : Ctx.getPointerType(P);
  }
  TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  auto Lookup = [&](llvm::StringRef Name) {
    return TU->lookup(DeclarationName(&Ctx.Idents.get(Name)));
  };
  for (NamedDecl *D : Lookup(S))
    if (auto *TD = dyn_cast<TypedefNameDecl>(D))
      return Ctx.getTypedefType(TD);
  llvm::SmallVector<llvm::StringRef, 4> W;
  llvm::StringRef(S).split(W, '_', -1, false);
  if (W.size() >= 2 && (W[0] == "struct" || W[0] == "union")) {
    std::string Tag = llvm::StringRef(S).substr(W[0].size() + 1).str();
    for (NamedDecl *D : Lookup(Tag))
      if (auto *RD = dyn_cast<RecordDecl>(D))
        if (RD->isUnion() == (W[0] == "union"))
          if (const RecordDecl *Def = RD->getDefinition())
            return Ctx.getRecordType(Def);
    return {};
  }
  if (S == "__int128" || S == "unsigned___int128") // SIZEOF___INT128
    return !Ctx.getTargetInfo().hasInt128Type() ? QualType()
           : S[0] == 'u'                        ? Ctx.UnsignedInt128Ty
                                                : Ctx.Int128Ty;
  // Builtin keywords, in any order C allows.
  unsigned Longs = 0;
  bool Unsigned = false, Signed = false;
  llvm::StringRef Base;
  for (llvm::StringRef X : W) {
    if (X == "long")
      ++Longs;
    else if (X == "unsigned")
      Unsigned = true;
    else if (X == "signed")
      Signed = true;
    else if (Base.empty() &&
             (X == "char" || X == "short" || X == "int" || X == "float" ||
              X == "double" || X == "bool" || X == "void"))
      Base = X;
    else
      return {};
  }
  if (W.empty() || Longs > 2 || (Unsigned && Signed))
    return {};
  if (Base == "char")
    return Longs      ? QualType()
           : Unsigned ? Ctx.UnsignedCharTy
           : Signed   ? Ctx.SignedCharTy
                      : Ctx.CharTy;
  if (Base == "short")
    return Longs ? QualType() : Unsigned ? Ctx.UnsignedShortTy : Ctx.ShortTy;
  if (Base == "float")
    return Longs || Unsigned || Signed ? QualType() : Ctx.FloatTy;
  if (Base == "double")
    return Longs > 1 || Unsigned || Signed ? QualType()
           : Longs                         ? Ctx.LongDoubleTy
                                           : Ctx.DoubleTy;
  if (Base == "void") // Only under a pointer: SIZEOF_VOID_P.
    return Longs || Unsigned || Signed ? QualType() : Ctx.VoidTy;
  if (Base == "bool") // SIZEOF__BOOL
    return Longs || Unsigned || Signed ? QualType() : Ctx.BoolTy;
  if (Longs == 2)
    return Unsigned ? Ctx.UnsignedLongLongTy : Ctx.LongLongTy;
  if (Longs == 1)
    return Unsigned ? Ctx.UnsignedLongTy : Ctx.LongTy;
  return Unsigned ? Ctx.UnsignedIntTy : Ctx.IntTy;
}

std::vector<QualType> measureSizeClaims(ASTContext &Ctx, const Recorded &Rec,
                                        std::vector<SizeClaim> &Claims) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<QualType> Out;
  for (SizeClaim &C : Claims) {
    size_t At = sizeofSuffix(C.Macro);
    if (At == llvm::StringRef::npos)
      continue;
    QualType T = sizedType(Ctx, C.Macro.substr(At));
    if (T.isNull() || T->isIncompleteType() || T->isVoidType() ||
        T->isDependentType())
      continue;
    C.Type = T.getAsString(Ctx.getPrintingPolicy());
    C.Actual = Ctx.getTypeSizeInChars(T).getQuantity();
    // A typedef or tag of the package's (a pointer's size is the target's,
    // whatever it points to).
    const Decl *D = nullptr;
    if (const auto *TT = dyn_cast<TypedefType>(T.getTypePtr()))
      D = TT->getDecl();
    else if (!T->isPointerType())
      D = T->getAsTagDecl();
    if (D) {
      int N = Rec.nodeAt(SM, SM.getExpansionLoc(D->getLocation()));
      C.PackageType = N >= 0 && isPackageOrigin(Rec.Tree.Nodes[N].Origin);
    }
    Out.push_back(T);
  }
  return Out;
}

void collectPackageRefs(ASTContext &Ctx, const Recorded &Rec, PackageRefs &Refs,
                        llvm::ArrayRef<QualType> Sized) {
  RefVisitor V(Ctx, Rec, Refs);
  for (QualType T : Sized)
    V.claimsSizeOf(T);
  const SourceManager &SM = Ctx.getSourceManager();
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    int N = Rec.nodeAt(SM, SM.getExpansionLoc(D->getLocation()));
    if (N >= 0 && isPackageOrigin(Rec.Tree.Nodes[N].Origin)) {
      if (const auto *ND = dyn_cast<NamedDecl>(D))
        V.redeclares(ND);
      V.TraverseDecl(D);
    }
  }
  V.finish();
}

namespace {

/// Where the package's code refers to functions clang declared implicitly:
/// (node, line) of the reference's expansion -> the function's name.
class ImplicitCallVisitor : public RecursiveASTVisitor<ImplicitCallVisitor> {
public:
  ImplicitCallVisitor(const SourceManager &SM, const Recorded &Rec)
      : SM(SM), Rec(Rec) {}

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    const auto *FD = dyn_cast<FunctionDecl>(E->getDecl());
    if (!FD || !FD->isImplicit() || !FD->getIdentifier())
      return true;
    SourceLocation L = SM.getExpansionLoc(E->getLocation());
    int N = Rec.nodeAt(SM, L);
    if (N >= 0)
      Calls.emplace(std::make_pair(N, Rec.line(SM, L)),
                    FD->getIdentifier()->getName().str());
    return true;
  }

  std::map<std::pair<int, unsigned>, std::string> Calls;

private:
  const SourceManager &SM;
  const Recorded &Rec;
};

} // namespace

void markImplicitCalls(ASTContext &Ctx, Recorded &Rec) {
  std::vector<CompilerDiag> &Diags = Rec.Tree.Diags;
  if (llvm::none_of(Diags, [](const CompilerDiag &D) {
        return D.Kind == DiagKind::ImplicitFunction;
      }))
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  ImplicitCallVisitor V(SM, Rec);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    int N = Rec.nodeAt(SM, SM.getExpansionLoc(D->getLocation()));
    if (N >= 0 && isPackageOrigin(Rec.Tree.Nodes[N].Origin))
      V.TraverseDecl(D);
  }
  for (CompilerDiag &D : Diags) {
    if (D.Kind == DiagKind::ImplicitFunction || D.Node < 0 ||
        (D.Level != "error" && D.Level != "fatal error"))
      continue;
    auto It = V.Calls.find({D.Node, D.Line});
    if (It != V.Calls.end())
      D.ImplicitCall = It->second;
  }
}

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
