//===- Common.cpp - Pieces the subcommands share --------------------------===//
#include "Commands/Commands.h"
#include "Render/Render.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
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
