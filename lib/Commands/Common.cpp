//===- Common.cpp - Pieces the subcommands share --------------------------===//
#include "Commands/Commands.h"
#include "Support/Walk.h"
#include "Render/Render.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <map>
#include <set>
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

namespace hstack {

std::vector<std::string> defaultTargetNames() {
  llvm::Triple Host(llvm::sys::getDefaultTargetTriple());
  std::string Arch;
  switch (Host.getArch()) {
  case llvm::Triple::aarch64:
    Arch = "arm64";
    break;
  case llvm::Triple::arm:
    Arch = "armhf";
    break;
  default:
    Arch = Host.getArchName().str();
  }
  std::vector<std::string> Names{"glibc:" + Arch, "musl:" + Arch};
  // uClibc-ng is provisioned for x86_64, mipsel and arm.
  Names.push_back("uclibc-ng:" + (Arch == "armhf" ? std::string("arm") : Arch));
  return Names;
}

llvm::Expected<Input> classifyInput(const std::string &Arg) {
  Input In;
  if (llvm::sys::fs::is_directory(Arg))
    return llvm::createStringError(
        "'%s' is a directory, not a header or source file", Arg.c_str());
  if (llvm::sys::fs::exists(Arg)) {
    llvm::SmallString<256> Abs(Arg);
    llvm::sys::fs::make_absolute(Abs);
    llvm::sys::path::remove_dots(Abs, true);
    In.Kind = Input::File;
    In.Value = std::string(Abs);
  } else {
    In.Kind = Input::Header;
    In.Value = Arg;
  }
  return In;
}

llvm::Expected<std::vector<Target>> resolveTargets(const CommonOptions &O) {
  if (auto E = O.TC.validate())
    return E;
  auto All = allTargets(O.Targets, O.TC);
  if (!All)
    return All.takeError();
  return selectTargets(*All, O.TargetNames, defaultTargetNames());
}

std::string topInputError(const IncludeTree &Tree, const Input &In,
                          const Target &T) {
  if (In.Kind != Input::Header)
    return "";
  int Top = Tree.top();
  if (Top != 0 && Tree.Nodes[Top].Status != IncludeStatus::Missing)
    return "";
  // The compiler's reason, unless it is the plain "file not found".
  for (const CompilerDiag &D : Tree.Diags)
    if (D.Message.find("file not found") == std::string::npos &&
        (D.Level == "error" || D.Level == "fatal error"))
      return "header '" + In.Value + "' on target " + T.Name + ": " +
             D.Message;
  return "header '" + In.Value + "' not found on target " + T.Name;
}

llvm::Expected<std::map<std::string, std::string>>
publicHeaderFiles(const Target &T, const std::vector<std::string> &Args,
                  const Toolchain &TC, const HeaderRules &R) {
  CaptureRequest Req;
  Req.T = &T;
  Req.In.Kind = Input::Text;
  Req.ExtraArgs = Args;
  auto C = capture(Req, TC);
  if (!C)
    return C.takeError();
  std::vector<std::string> Dirs;
  llvm::SmallString<256> Root(T.Sysroot), Res(TC.ResourceDir);
  llvm::sys::path::remove_dots(Root, true);
  llvm::sys::path::remove_dots(Res, true);
  for (const std::string &D : C->IncludeDirs)
    if (llvm::StringRef(D).starts_with(Root) &&
        !llvm::StringRef(D).starts_with(Res))
      Dirs.push_back(D);
  std::map<std::string, std::string> Out;
  for (const std::string &D : Dirs) {
    std::error_code EC = walkRegularFiles(D, [&](llvm::StringRef P) {
      // A nested include dir (Debian's multiarch dir) is walked on its own.
      bool Nested = false;
      for (const std::string &Other : Dirs)
        Nested |= Other.size() > D.size() && P.starts_with(Other + "/");
      if (Nested || !P.ends_with(".h"))
        return;
      std::string Rel = P.substr(D.size() + 1).str();
      if (R.classify(Rel) == HeaderClass::Public)
        Out.emplace(Rel, P.str());
    });
    if (EC)
      return llvm::createStringError("%s: cannot list: %s", D.c_str(),
                                     EC.message().c_str());
  }
  return Out;
}

llvm::Expected<int> runTargets(const CommonOptions &O, llvm::raw_ostream &OS) {
  if (auto E = O.TC.validate())
    return E;
  auto All = allTargets(O.Targets, O.TC);
  if (!All)
    return All.takeError();
  std::vector<Target> Ts;
  if (O.TargetNames.empty()) {
    Ts = std::move(*All);
  } else {
    auto Sel = selectTargets(*All, O.TargetNames, {});
    if (!Sel)
      return Sel.takeError();
    Ts = std::move(*Sel);
  }
  // The headers have the last word on libc and version.
  for (Target &T : Ts) {
    auto Id = detectLibc(T, O.TC);
    if (!Id)
      return Id.takeError();
    T.Libc = Id->Libc;
    if (Id->Version != "unknown")
      T.Version = Id->Version;
  }
  if (O.Format == "json")
    renderTargetsJson(Ts, OS);
  else
    renderTargetsText(Ts, OS);
  return ExitOk;
}

} // namespace hstack
