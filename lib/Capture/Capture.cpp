//===- Capture.cpp - Run Clang's preprocessor/parser for one target -------===//
#include "Capture/Capture.h"
#include "Capture/DirectiveCache.h"
#include "Capture/Record.h"
#include "Capture/Uses.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Driver/DriverDiagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Frontend/Utils.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorLexer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <set>

#ifndef HSTACK_DEFAULT_RESOURCE_DIR
#define HSTACK_DEFAULT_RESOURCE_DIR "/usr/lib/llvm-19/lib/clang/19"
#endif
#ifndef HSTACK_DEFAULT_CLANG
#define HSTACK_DEFAULT_CLANG "/usr/lib/llvm-19/bin/clang"
#endif

using namespace clang;

namespace hstack {

/// The synthetic main file used for header-name and text inputs. It lives in
/// an in-memory overlay, so it can never collide with a real file.
static constexpr const char *SyntheticMain = "/__hstack__/root.c";

Toolchain Toolchain::fromEnvironment() {
  auto Lines = std::make_shared<LineTables>();
  Toolchain TC{HSTACK_DEFAULT_CLANG,
               HSTACK_DEFAULT_RESOURCE_DIR,
               std::make_shared<DirectiveCache>(),
               std::make_shared<InvocationCache>(),
               std::make_shared<BlankedFiles>(Lines),
               std::make_shared<FileContentCache>(Lines),
               std::make_shared<FileManagerPool>(),
               Lines};
  if (const char *R = std::getenv("HSTACK_RESOURCE_DIR"); R && *R)
    TC.ResourceDir = R;
  if (const char *C = std::getenv("HSTACK_CLANG"); C && *C)
    TC.ClangPath = C;
  return TC;
}

llvm::Error Toolchain::validate() const {
  llvm::SmallString<256> P(ResourceDir);
  llvm::sys::path::append(P, "include", "stddef.h");
  if (!llvm::sys::fs::exists(P))
    return llvm::createStringError(
        "clang resource dir '%s' has no include/stddef.h (set --resource-dir "
        "or HSTACK_RESOURCE_DIR)",
        ResourceDir.c_str());
  return llvm::Error::success();
}

std::string Input::label() const {
  switch (Kind) {
  case File:
  case Header:
    return Value;
  case Text:
    return "<text>";
  }
  return Value;
}

std::vector<std::string> driverArgs(const CaptureRequest &Req,
                                    const Toolchain &TC,
                                    const std::string &MainFile) {
  std::vector<std::string> A{TC.ClangPath, "--target=" + Req.T->Triple,
                             "--sysroot=" + Req.T->Sysroot, "-resource-dir",
                             TC.ResourceDir};
  A.insert(A.end(), Req.T->CFlags.begin(), Req.T->CFlags.end());
  A.push_back("-fsyntax-only");
  A.insert(A.end(), Req.ExtraArgs.begin(), Req.ExtraArgs.end());
  A.push_back(MainFile);
  return A;
}

/// Whether the main file's path appears in cc1 arguments only as the input
/// and its name only as -main-file-name: then the invocation of one file
/// serves every file with the same flags, with those two replaced.
static bool pathOnlyAsInput(const std::vector<std::string> &CC1,
                            const std::string &File, const std::string &Base) {
  size_t Inputs = 0, Names = 0;
  for (size_t I = 0; I < CC1.size(); ++I) {
    const std::string &A = CC1[I];
    if (A == File)
      ++Inputs;
    else if (I > 0 && CC1[I - 1] == "-main-file-name" && A == Base)
      ++Names;
    else if (llvm::StringRef(A).contains(Base))
      return false;
  }
  return Inputs == 1 && Names <= 1;
}

namespace {

/// Prints the driver's diagnostics, and keeps the options it rejects as
/// unsupported for the target apart from every other error.
class DriverDiagPrinter : public TextDiagnosticPrinter {
public:
  using TextDiagnosticPrinter::TextDiagnosticPrinter;
  std::vector<std::string> Unsupported;
  unsigned OtherErrors = 0;

  void HandleDiagnostic(DiagnosticsEngine::Level L,
                        const Diagnostic &Info) override {
    if (L >= DiagnosticsEngine::Error) {
      if (Info.getID() == diag::err_drv_unsupported_opt_for_target &&
          Info.getNumArgs() > 0 &&
          Info.getArgKind(0) == DiagnosticsEngine::ak_std_string)
        Unsupported.push_back(Info.getArgStdStr(0));
      else
        ++OtherErrors;
    }
    TextDiagnosticPrinter::HandleDiagnostic(L, Info);
  }
};

/// Collects the names a translation unit declares, mapped to tree nodes.
class DeclCollector : public ASTConsumer {
public:
  DeclCollector(Recorded &Rec, std::vector<Declaration> &Out,
                std::vector<NameUse> *Uses, bool TypeKeys, PackageRefs *Refs)
      : Rec(Rec), Out(Out), Uses(Uses), TypeKeys(TypeKeys), Refs(Refs) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    SM = &Ctx.getSourceManager();
    LO = &Ctx.getLangOpts();
    // Room for the declarations (enumerators and nested tags are extra
    // names) and the macros capture() appends after them, so that no
    // Declaration is moved while the vector grows.
    size_t N = 0;
    for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
      N += D != nullptr;
    Out.reserve(Out.size() + 2 * N + Rec.Macros.size());
    visit(Ctx.getTranslationUnitDecl());
    if (Uses)
      collectUses(Ctx, Rec, *Uses);
    std::vector<QualType> Sized = measureSizeClaims(Ctx, Rec, Rec.SizeClaims);
    if (Refs)
      collectPackageRefs(Ctx, Rec, *Refs, Sized);
    if (Uses)
      markImplicitCalls(Ctx, Rec);
  }

private:
  void visit(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      if (const auto *LS = dyn_cast<LinkageSpecDecl>(D)) {
        visit(LS);
        continue;
      }
      const auto *ND = dyn_cast<NamedDecl>(D);
      if (!ND)
        continue;
      if (const auto *TD = dyn_cast<TagDecl>(ND)) {
        visitTag(TD);
      } else if (const auto *FD = dyn_cast<FunctionDecl>(ND)) {
        add(ND, NameKind::Function, FD->isThisDeclarationADefinition());
      } else if (const auto *VD = dyn_cast<VarDecl>(ND)) {
        add(ND, NameKind::Variable,
            VD->isThisDeclarationADefinition() == VarDecl::Definition);
      } else if (isa<TypedefNameDecl>(ND)) {
        add(ND, NameKind::Typedef, true);
      } else if (isa<EnumConstantDecl>(ND)) {
        add(ND, NameKind::Enumerator, true);
      }
    }
  }

  /// A struct, union or enum: the tag, its enumerators, and (in C) the
  /// tags nested in it, which are file-scope names too.
  void visitTag(const TagDecl *TD) {
    NameKind K = isa<EnumDecl>(TD) ? NameKind::Enum
                 : TD->isUnion()   ? NameKind::Union
                                   : NameKind::Struct;
    add(TD, K, TD->isThisDeclarationADefinition());
    if (isa<EnumDecl>(TD)) {
      visit(TD); // Enumerators are visible at file scope.
      return;
    }
    if (LO->CPlusPlus)
      return;
    for (const Decl *D : TD->decls())
      if (const auto *Inner = dyn_cast<TagDecl>(D))
        visitTag(Inner);
  }

  void add(const NamedDecl *ND, NameKind K, bool IsDef) {
    const IdentifierInfo *II = ND->getIdentifier();
    if (!II || II->getName().empty() || ND->isImplicit())
      return;
    SourceLocation Loc = SM->getExpansionLoc(ND->getLocation());
    int Node = Rec.nodeAt(*SM, Loc);
    if (Node < 0)
      return;
    if (Rec.LazyText)
      Rec.DeclRanges.push_back(
          {Out.size(), SM->getExpansionRange(ND->getSourceRange())});
    Declaration &D = Out.emplace_back(); // Built in place: thousands.
    D.Name = II->getName().str();
    D.Kind = K;
    D.Node = Node;
    D.Line = Rec.line(*SM, Loc);
    D.IsDefinition = IsDef;
    if (!Rec.LazyText)
      D.Text = sourceText(ND);
    if (TypeKeys) {
      D.TypeKey = typeKeyOf(ND);
      D.ShapeKey = shapeKeyOf(ND);
      if (const auto *RD = dyn_cast<RecordDecl>(ND))
        D.Fields = fieldsOf(RD);
      else if (const auto *TD = dyn_cast<TypedefNameDecl>(ND))
        if (const auto *RD = TD->getUnderlyingType()->getAsRecordDecl();
            RD && RD->getTypedefNameForAnonDecl() == TD)
          D.Fields = fieldsOf(RD);
      if (const RecordDecl *RD = heldRecord(ND))
        if (const RecordDecl *Def = RD->getDefinition()) {
          SourceLocation DefLoc = SM->getExpansionLoc(Def->getLocation());
          D.DefNode = Rec.nodeAt(*SM, DefLoc);
          D.DefLine = Rec.line(*SM, DefLoc);
          D.Layout = layoutOf(Def);
        }
    }
  }

  std::string sourceText(const NamedDecl *ND) const {
    CharSourceRange R = SM->getExpansionRange(ND->getSourceRange());
    return oneLine(Lexer::getSourceText(R, *SM, *LO));
  }

  Recorded &Rec;
  std::vector<Declaration> &Out;
  std::vector<NameUse> *Uses;
  bool TypeKeys;
  PackageRefs *Refs;
  const SourceManager *SM = nullptr;
  const LangOptions *LO = nullptr;
};

/// Installs the recorder and reads probe macros at the end of the TU.
struct ActionHooks {
  Recorded &Rec;
  const CaptureRequest &Req;
  CaptureResult &Result;

  void begin(CompilerInstance &CI) {
    Preprocessor &PP = CI.getPreprocessor();
    Rec.Sysroot = normalizePath(Req.T->Sysroot);
    Rec.ResourceInclude = normalizePath(CI.getHeaderSearchOpts().ResourceDir +
                                        "/include");
    Rec.CollectMacros = Req.CollectMacros;
    Rec.CollectLintFacts = Req.CollectLintFacts;
    Rec.LazyText = Req.CollectLintFacts;
    for (const std::string &D : Req.DependencyDirs)
      Rec.DependencyDirs.push_back(normalizePath(D));
    if (Req.CollectPackageRefs)
      Rec.Refs = &Result.Refs;
    PP.addPPCallbacks(record(PP, Rec));
    if (Req.CollectPackageRefs) {
      // Identifiers a libc macro's body puts into the package's code, and
      // its numbers and character constants (EAGAIN and EWOULDBLOCK the
      // same number or not decides whether `case EAGAIN: case
      // EWOULDBLOCK:` compiles).
      SourceManager &SM = CI.getSourceManager();
      // Most tokens come from the libc's own headers: decide per file (the
      // innermost file being lexed holds the expansion) before looking at
      // any location.
      // The file a macro body is spelled in, as an offset range, and
      // whether it is the libc's: the tokens of one expansion share it.
      PP.setTokenWatcher([this, &SM, &PP, Last = FileID(), InPackage = false,
                          SpellBegin = 0u, SpellEnd = 0u,
                          SpellLibc = false](const Token &T) mutable {
        if (!T.getLocation().isMacroID())
          return;
        const PreprocessorLexer *L = PP.getCurrentFileLexer();
        FileID F = L ? L->getFileID() : FileID();
        if (F != Last) {
          Last = F;
          auto It = Rec.NodeOfFile.find(F);
          InPackage = It != Rec.NodeOfFile.end() &&
                      isPackageOrigin(Rec.Tree.Nodes[It->second].Origin);
        }
        if (!InPackage)
          return;
        SourceLocation Spell = SM.getSpellingLoc(T.getLocation());
        unsigned Off = Spell.getRawEncoding(); // A file location: its offset.
        if (Off < SpellBegin || Off >= SpellEnd) {
          FileID SF = SM.getFileID(Spell);
          SpellBegin = SM.getLocForStartOfFile(SF).getRawEncoding();
          SpellEnd = SpellBegin + SM.getFileIDSize(SF) + 1;
          auto It = Rec.NodeOfFile.find(SF);
          SpellLibc = It != Rec.NodeOfFile.end() &&
                      !isPackageOrigin(Rec.Tree.Nodes[It->second].Origin);
        }
        if (!SpellLibc)
          return;
        std::string Own;
        llvm::StringRef S;
        if (const IdentifierInfo *II = T.getIdentifierInfo())
          S = II->getName();
        else if (const char *P = tok::getPunctuatorSpelling(T.getKind()))
          S = P;
        else if (const char *Data = T.isLiteral() ? T.getLiteralData() : nullptr)
          S = llvm::StringRef(Data, T.getLength());
        else
          S = Own = PP.getSpelling(T);
        // Every token, in order: `(1 << 3)` and `(1 + 3)` bring the same
        // identifiers and numbers, not the same value. Parentheses aside:
        // musl's `(stderr)` is glibc's `stderr`.
        if (!T.isOneOf(tok::l_paren, tok::r_paren)) {
          uint64_t &H = Result.Refs.MacroTokens;
          for (char C : S)
            H = (H ^ static_cast<unsigned char>(C)) * 1099511628211ull;
          H = (H ^ '\n') * 1099511628211ull;
        }
        if (T.getIdentifierInfo() ||
            T.isOneOf(tok::numeric_constant, tok::char_constant))
          Result.Refs.MacroIdents.insert(S.str());
      });
    }
  }

  void end(CompilerInstance &CI) {
    Preprocessor &PP = CI.getPreprocessor();
    if (Rec.LazyText)
      fillTexts(Rec, Result.Decls, CI.getSourceManager(), CI.getLangOpts());
    for (const std::string &Name : Req.ProbeMacros) {
      IdentifierInfo *II = PP.getIdentifierInfo(Name);
      const MacroInfo *MI = II ? PP.getMacroInfo(II) : nullptr;
      if (!MI)
        continue;
      std::string V;
      for (const Token &T : MI->tokens()) {
        if (!V.empty() && T.hasLeadingSpace())
          V += ' ';
        V += PP.getSpelling(T);
      }
      Result.Macros[Name] = V;
    }
  }
};

class PreprocessAction : public PreprocessOnlyAction {
public:
  explicit PreprocessAction(ActionHooks H) : H(H) {}
  bool BeginSourceFileAction(CompilerInstance &CI) override {
    H.begin(CI);
    return PreprocessOnlyAction::BeginSourceFileAction(CI);
  }
  void EndSourceFileAction() override {
    H.end(getCompilerInstance());
    PreprocessOnlyAction::EndSourceFileAction();
  }

private:
  ActionHooks H;
};

class ParseAction : public ASTFrontendAction {
public:
  ParseAction(ActionHooks H, std::vector<Declaration> &Decls,
              std::vector<NameUse> *Uses)
      : H(H), Decls(Decls), Uses(Uses) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    H.begin(CI);
    return std::make_unique<DeclCollector>(
        H.Rec, Decls, Uses, H.Req.CollectTypeKeys,
        H.Req.CollectPackageRefs ? &H.Result.Refs : nullptr);
  }
  void EndSourceFileAction() override { H.end(getCompilerInstance()); }

private:
  ActionHooks H;
  std::vector<Declaration> &Decls;
  std::vector<NameUse> *Uses;
};

std::string mainText(const Input &In) {
  if (In.Kind == Input::Text)
    return In.Value;
  return "#include <" + In.Value + ">\n";
}

} // namespace

llvm::Expected<CaptureResult> capture(const CaptureRequest &Req,
                                      const Toolchain &TC) {
  // The cheap lint path reads the libc's and the compiler's headers as
  // directives only, with every conditional kept (see BlankedFiles).
  bool Blank = !Req.FullParse && Req.CollectPackageRefs && TC.Blanked;
  auto MakeFS = [&]() -> llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> {
    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base =
        Req.FS ? Req.FS : llvm::vfs::getRealFileSystem();
    std::vector<std::string> Immutable = {normalizePath(Req.T->Sysroot) + "/",
                                          normalizePath(TC.ResourceDir) + "/"};
    if (TC.Files)
      Base = cachingFileSystem(Base, Immutable, *TC.Files);
    if (Blank)
      Base = blankingFileSystem(Base, Immutable, *TC.Blanked);
    return Base;
  };
  // A file input sees the same files as every other job on this thread
  // with the same view: it reuses that view's FileManager. (A synthetic
  // main file differs per job under one path, so it never does.)
  FileManagerPool::Slot *Pooled = nullptr;
  if (Req.In.Kind == Input::File && TC.FileManagers) {
    std::string Key = Req.T->Sysroot + "\n" + (Blank ? "blank" : "full") +
                      "\n" +
                      std::to_string(reinterpret_cast<uintptr_t>(Req.FS.get()));
    Pooled = &TC.FileManagers->get(Key, MakeFS);
  }
  auto Overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      Pooled ? Pooled->FS : MakeFS());
  std::string MainFile = Req.In.Value;
  if (Req.In.Kind != Input::File) {
    auto Mem = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    Mem->addFile(SyntheticMain, 0,
                 llvm::MemoryBuffer::getMemBufferCopy(mainText(Req.In)));
    Overlay->pushOverlay(Mem);
    MainFile = SyntheticMain;
  } else if (auto Buf = llvm::MemoryBuffer::getFile(MainFile); !Buf) {
    return llvm::createStringError(Buf.getError(), "cannot read '%s': %s",
                                   MainFile.c_str(),
                                   Buf.getError().message().c_str());
  }

  CaptureResult Result;
  Recorded Rec;
  Rec.Lines = TC.Lines.get();
  Rec.Tree.SyntheticRoot = Req.In.Kind != Input::File;
  auto DiagConsumer = recordDiagnostics(Rec);

  // Driver errors (unknown target, bad flag) are reported as job errors.
  auto DiagOpts = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
  std::string DriverErrors;
  llvm::raw_string_ostream DriverOS(DriverErrors);
  auto *DriverPrinter = new DriverDiagPrinter(DriverOS, DiagOpts.get());
  auto DriverDiags =
      CompilerInstance::createDiagnostics(DiagOpts.get(), DriverPrinter, true);

  std::vector<std::string> Args;
  std::vector<const char *> Argv;
  auto SetArgs = [&](const CaptureRequest &R) {
    Args = driverArgs(R, TC, MainFile);
    Argv.clear();
    for (const std::string &A : Args)
      Argv.push_back(A.c_str());
  };
  SetArgs(Req);
  // Jobs with the same arguments share one driver run and one parse of
  // its cc1 arguments. The synthetic main file has one fixed path; a file
  // on disk differs from another file with the same flags only in its
  // path (the input and -main-file-name), which a copy is given.
  std::shared_ptr<CompilerInvocation> Inv;
  bool IsFile = Req.In.Kind == Input::File;
  bool Reusable = TC.Invocations && (IsFile || !Req.FS);
  std::string Key;
  if (IsFile) {
    Key = llvm::join(llvm::ArrayRef(Args).drop_back(), std::string(1, '\0'));
    Key += std::string(1, '\0') + "file " +
           llvm::sys::path::extension(MainFile).str() + " " +
           (Blank ? "blank " : "full ") +
           std::to_string(reinterpret_cast<uintptr_t>(Req.FS.get()));
  } else {
    Key = llvm::join(Args, std::string(1, '\0'));
  }
  std::string Base = llvm::sys::path::filename(MainFile).str();
  if (Reusable)
    if (auto Proto = TC.Invocations->get(Key)) {
      Inv = std::make_shared<CompilerInvocation>(*Proto);
      if (IsFile) {
        auto &In = Inv->getFrontendOpts().Inputs;
        In[0] = FrontendInputFile(MainFile, In[0].getKind(), In[0].isSystem());
        if (!Inv->getCodeGenOpts().MainFileName.empty())
          Inv->getCodeGenOpts().MainFileName = Base;
      }
    }
  if (!Inv) {
    std::vector<std::string> CC1;
    CreateInvocationOptions CIO;
    CIO.Diags = DriverDiags;
    CIO.VFS = Overlay;
    CIO.CC1Args = &CC1;
    Inv = createInvocation(Argv, CIO);
    // Options of the package's the driver rejects for this target only:
    // once more without them (the key stays the arguments as asked, so
    // later files with the same flags reuse the result).
    if (Req.DropTargetRejected && DriverDiags->hasErrorOccurred() &&
        DriverPrinter->OtherErrors == 0 && !DriverPrinter->Unsupported.empty()) {
      std::set<std::string> Drop(DriverPrinter->Unsupported.begin(),
                                 DriverPrinter->Unsupported.end());
      CaptureRequest Less = Req;
      llvm::erase_if(Less.ExtraArgs,
                     [&](const std::string &A) { return Drop.count(A) > 0; });
      if (Less.ExtraArgs.size() < Req.ExtraArgs.size()) {
        SetArgs(Less);
        DriverDiags->Reset();
        DriverErrors.clear();
        DriverPrinter->Unsupported.clear();
        CC1.clear();
        Inv = createInvocation(Argv, CIO);
      }
    }
    if (Inv && Reusable && !DriverDiags->hasErrorOccurred() &&
        Inv->getFrontendOpts().Inputs.size() == 1 &&
        (!IsFile || pathOnlyAsInput(CC1, MainFile, Base)))
      TC.Invocations->put(Key, *Inv);
  }
  if (!Inv || DriverDiags->hasErrorOccurred())
    return llvm::createStringError(
        "clang rejected the arguments for target %s: %s",
        Req.T->Name.c_str(),
        llvm::StringRef(DriverErrors)
            .trim()
            .split('\n')
            .first.drop_while([](char C) { return C != ' '; })
            .ltrim()
            .str()
            .c_str());
  Inv->getFrontendOpts().DisableFree = false;
  Inv->getFrontendOpts().SkipFunctionBodies = Req.FullParse && Req.SkipFunctionBodies;
  Inv->getDiagnosticOpts().ShowCarets = false;
  // A prediction is whether the build fails, and nothing reads warnings
  // (compile commands lose their -W flags too): -w, as the host pass
  // does. Clang then also skips the analyses that only feed warnings
  // (format strings, unused values, ...). Errors still arrive: default-error
  // diagnostics (implicit function declarations in C99), and the recorder
  // turns warnings back on where a `#pragma GCC diagnostic error` makes
  // some errors (-w alone would silence those too).
  Inv->getDiagnosticOpts().IgnoreWarnings = true;

  CompilerInstance CI;
  CI.setInvocation(std::move(Inv));
  // Preprocessing only: lex each header's directives, from the shared cache.
  if (!Req.FullParse && !Blank && TC.Directives) {
    DirectiveCache *Cache = TC.Directives.get();
    CI.getPreprocessorOpts().DependencyDirectivesForFile =
        [Cache, &CI](FileEntryRef FE)
        -> std::optional<ArrayRef<dependency_directives_scan::Directive>> {
      if (!CI.hasSourceManager())
        return std::nullopt;
      auto Buf = CI.getSourceManager().getMemoryBufferForFileOrNone(FE);
      if (!Buf)
        return std::nullopt;
      return Cache->get(FE.getName(), Buf->getBuffer());
    };
  }
  CI.createDiagnostics(DiagConsumer.get(), /*ShouldOwnClient=*/false);
  CI.getDiagnostics().setSuppressSystemWarnings(true);
  if (Pooled && CI.getFileSystemOpts().WorkingDir.empty())
    CI.setFileManager(Pooled->FM.get());
  else
    CI.createFileManager(Overlay);
  CI.createSourceManager(CI.getFileManager());

  ActionHooks Hooks{Rec, Req, Result};
  // Assembler goes through the preprocessor only (the driver's job for it
  // is -E): that is all the compiler does with its headers.
  bool Asm = !CI.getFrontendOpts().Inputs.empty() &&
             CI.getFrontendOpts().Inputs[0].getKind().getLanguage() ==
                 Language::Asm;
  bool Ok;
  if (Req.FullParse && !Asm) {
    ParseAction Act(Hooks, Result.Decls,
                    Req.CollectLintFacts ? &Result.Uses : nullptr);
    Ok = CI.ExecuteAction(Act);
  } else {
    PreprocessAction Act(Hooks);
    Ok = CI.ExecuteAction(Act);
  }
  (void)Ok; // Compiler errors are data, recorded in the tree's diags.
  if (Rec.Tree.Nodes.empty())
    return llvm::createStringError("clang did not preprocess '%s' for %s",
                                   Req.In.label().c_str(), Req.T->Name.c_str());
  if (Req.FullParse && Req.CollectMacros)
    Result.Decls.insert(Result.Decls.end(),
                        std::make_move_iterator(Rec.Macros.begin()),
                        std::make_move_iterator(Rec.Macros.end()));
  else if (Req.CollectMacros)
    Result.Decls = std::move(Rec.Macros);
  Result.IncludeDirs = Rec.SearchDirs;
  const HeaderSearchOptions &HSO = CI.getHeaderSearchOpts();
  for (const HeaderSearchOptions::Entry &E : HSO.UserEntries) {
    llvm::SmallString<256> P;
    // A system dir without -isysroot-immunity is under the sysroot.
    if ((E.Group == frontend::System || E.Group == frontend::CXXSystem) &&
        !E.IgnoreSysRoot && llvm::sys::path::is_absolute(E.Path) &&
        HSO.Sysroot != "/")
      P = HSO.Sysroot;
    P += E.Path;
    if (const std::string &WD = CI.getFileSystemOpts().WorkingDir; !WD.empty())
      llvm::sys::fs::make_absolute(WD, P);
    else
      llvm::sys::fs::make_absolute(P);
    Result.RequestedDirs.push_back(normalizePath(P));
  }
  Result.Uses.insert(Result.Uses.end(), Rec.MacroUses.begin(),
                     Rec.MacroUses.end());
  Result.Intrusions = std::move(Rec.Intrusions);
  Result.MainConds = std::move(Rec.MainConds);
  Result.SizeClaims = std::move(Rec.SizeClaims);
  Result.Tree = std::move(Rec.Tree);
  return Result;
}

} // namespace hstack
