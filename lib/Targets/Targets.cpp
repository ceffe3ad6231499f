//===- Targets.cpp - Find, detect and select libc targets -----------------===//
#include "Targets/Targets.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/TargetParser/Triple.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace hstack {

static constexpr const char *ManifestName = "hstack-manifest.json";

std::string defaultSysrootsDir() {
  if (const char *E = std::getenv("HSTACK_SYSROOTS"); E && *E)
    return E;
  std::string Dir = userCacheDir("sysroots");
  return Dir.empty() ? "/tmp/hstack/sysroots" : Dir;
}

std::string userCacheDir(const std::string &Sub) {
  llvm::SmallString<256> P;
  if (const char *X = std::getenv("XDG_CACHE_HOME"); X && *X)
    P = X;
  else if (const char *H = std::getenv("HOME"); H && *H)
    llvm::sys::path::append(P, H, ".cache");
  else
    return "";
  llvm::sys::path::append(P, "hstack", Sub);
  return std::string(P);
}

static llvm::Error manifestError(const std::string &File, const std::string &What) {
  return llvm::createStringError("%s: malformed manifest: %s", File.c_str(),
                                 What.c_str());
}

/// Parse one manifest into targets.
static llvm::Expected<std::vector<Target>>
parseManifest(const std::string &Dir, const std::string &File) {
  auto Buf = llvm::MemoryBuffer::getFile(File);
  if (!Buf)
    return llvm::createStringError("%s: cannot read: %s", File.c_str(),
                                   Buf.getError().message().c_str());
  nlohmann::json J = nlohmann::json::parse((*Buf)->getBuffer().begin(),
                                           (*Buf)->getBuffer().end(), nullptr,
                                           /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.is_object())
    return manifestError(File, "not a JSON object");
  auto Str = [&](const char *Key) -> std::string {
    auto It = J.find(Key);
    return It != J.end() && It->is_string() ? It->get<std::string>() : "";
  };
  for (const char *Key : {"libc", "version", "arch"})
    if (Str(Key).empty())
      return manifestError(File, std::string("missing string '") + Key + "'");
  auto TIt = J.find("targets");
  if (TIt == J.end() || !TIt->is_array() || TIt->empty())
    return manifestError(File, "missing non-empty array 'targets'");
  std::vector<Target> Out;
  for (const auto &E : *TIt) {
    if (!E.is_object() || !E.contains("name") || !E["name"].is_string() ||
        !E.contains("triple") || !E["triple"].is_string())
      return manifestError(File, "each target needs string 'name' and 'triple'");
    Target T;
    T.Name = E["name"].get<std::string>();
    T.Triple = E["triple"].get<std::string>();
    T.Abi = E.value("abi", "");
    if (E.contains("cflags")) {
      if (!E["cflags"].is_array())
        return manifestError(File, "'cflags' must be an array of strings");
      for (const auto &F : E["cflags"]) {
        if (!F.is_string())
          return manifestError(File, "'cflags' must be an array of strings");
        T.CFlags.push_back(F.get<std::string>());
      }
    }
    T.Libc = Str("libc");
    T.Version = Str("version");
    T.Arch = Str("arch");
    T.Sysroot = Dir;
    T.Origin = "provisioned";
    T.MadeBy = Str("made_by");
    Out.push_back(std::move(T));
  }
  return Out;
}

llvm::Expected<std::vector<Target>> loadProvisioned(const std::string &Dir) {
  std::vector<Target> Out;
  if (!llvm::sys::fs::is_directory(Dir))
    return Out;
  std::error_code EC;
  std::vector<std::string> Dirs;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::sys::fs::is_directory(It->path()))
      Dirs.push_back(It->path());
  if (EC)
    return llvm::createStringError("%s: cannot list: %s", Dir.c_str(),
                                   EC.message().c_str());
  std::sort(Dirs.begin(), Dirs.end());
  for (const std::string &D : Dirs) {
    llvm::SmallString<256> M(D);
    llvm::sys::path::append(M, ManifestName);
    if (!llvm::sys::fs::exists(M))
      continue; // Not a finished sysroot (or a work dir).
    auto Ts = parseManifest(D, std::string(M));
    if (!Ts)
      return Ts.takeError();
    for (Target &T : *Ts)
      Out.push_back(std::move(T));
  }
  std::sort(Out.begin(), Out.end(),
            [](const Target &A, const Target &B) { return A.Name < B.Name; });
  return Out;
}

llvm::Expected<LibcIdentity> detectLibc(const Target &T, const Toolchain &TC) {
  CaptureRequest Req;
  Req.T = &T;
  Req.In.Kind = Input::Text;
  Req.In.Value = "#if __has_include(<features.h>)\n#include <features.h>\n#endif\n"
                 "#if __has_include(<bits/alltypes.h>)\n#define HSTACK_ALLTYPES 1\n"
                 "#endif\n"
                 "#if __has_include(<stdio.h>)\n#define HSTACK_STDIO 1\n#endif\n";
  Req.ProbeMacros = {"__GLIBC__",        "__GLIBC_MINOR__",   "__UCLIBC__",
                     "__UCLIBC_MAJOR__", "__UCLIBC_MINOR__",  "__UCLIBC_SUBLEVEL__",
                     "HSTACK_ALLTYPES",  "HSTACK_STDIO"};
  auto R = capture(Req, TC);
  if (!R)
    return R.takeError();
  auto &M = R->Macros;
  LibcIdentity Id;
  if (M.count("__UCLIBC__") && M.count("__UCLIBC_MAJOR__")) {
    Id.Version = M["__UCLIBC_MAJOR__"] + "." + M["__UCLIBC_MINOR__"] + "." +
                 M["__UCLIBC_SUBLEVEL__"];
    Id.Libc = M["__UCLIBC_MAJOR__"] == "0" ? "uclibc" : "uclibc-ng";
  } else if (M.count("__GLIBC__") && M.count("__GLIBC_MINOR__")) {
    Id.Libc = "glibc";
    Id.Version = M["__GLIBC__"] + "." + M["__GLIBC_MINOR__"];
  } else if (M.count("HSTACK_ALLTYPES") && M.count("HSTACK_STDIO")) {
    // musl's headers carry no version; its bits/alltypes.h is its signature.
    Id.Libc = "musl";
    Id.Version = "unknown";
  } else {
    return llvm::createStringError(
        "%s: no libc headers found for %s (no <features.h> defining "
        "__GLIBC__ or __UCLIBC__, and no musl <bits/alltypes.h> + <stdio.h>)",
        T.Sysroot.c_str(), T.Triple.c_str());
  }
  return Id;
}

/// Arch label from a triple, with the MIPS ABI spelled out.
static std::pair<std::string, std::string> archOf(const llvm::Triple &Tr) {
  std::string Arch = Tr.getArchName().str();
  std::string Abi;
  if (Tr.isMIPS64())
    Abi = Tr.getEnvironment() == llvm::Triple::GNUABIN32 ? "n32" : "n64";
  return {Arch, Abi};
}

llvm::Expected<Target> userTarget(const UserSysroot &U, const Toolchain &TC) {
  if (!llvm::sys::fs::is_directory(U.Dir))
    return llvm::createStringError("%s: sysroot directory does not exist",
                                   U.Dir.c_str());
  llvm::Triple Tr(U.Triple);
  if (Tr.getArch() == llvm::Triple::UnknownArch)
    return llvm::createStringError("unknown architecture in triple '%s' (for "
                                   "sysroot %s)",
                                   U.Triple.c_str(), U.Dir.c_str());
  llvm::SmallString<256> Abs(U.Dir);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  Target T;
  T.Triple = U.Triple;
  T.Sysroot = std::string(Abs);
  T.Origin = "user";
  T.MadeBy = "--sysroot " + U.Dir + " --triple " + U.Triple;
  std::tie(T.Arch, T.Abi) = archOf(Tr);
  T.Name = "(probe)";
  auto Id = detectLibc(T, TC);
  if (!Id)
    return Id.takeError();
  T.Libc = Id->Libc;
  T.Version = Id->Version;
  T.Name = T.Libc + "-" + T.Version + ":" + T.Arch +
           (T.Abi.empty() ? "" : "-" + T.Abi);
  return T;
}

llvm::Expected<std::vector<Target>> allTargets(const TargetOptions &Opts,
                                               const Toolchain &TC) {
  auto Provisioned = loadProvisioned(Opts.SysrootsDir);
  if (!Provisioned)
    return Provisioned.takeError();
  std::vector<Target> All = std::move(*Provisioned);
  std::set<std::string> Names;
  for (const Target &T : All)
    Names.insert(T.Name);
  for (const UserSysroot &U : Opts.UserSysroots) {
    auto T = userTarget(U, TC);
    if (!T)
      return T.takeError();
    std::string Base = T->Name;
    for (int N = 2; Names.count(T->Name); ++N)
      T->Name = Base + "#" + std::to_string(N);
    Names.insert(T->Name);
    All.push_back(std::move(*T));
  }
  return All;
}

llvm::Expected<std::vector<Target>>
selectTargets(const std::vector<Target> &All,
              const std::vector<std::string> &Names,
              const std::vector<std::string> &Defaults) {
  std::vector<Target> Out;
  bool HaveUser = false;
  for (const Target &T : All)
    HaveUser |= T.Origin == "user";
  const std::vector<std::string> &Want =
      Names.empty() && !HaveUser ? Defaults : Names;
  std::set<std::string> Seen;
  for (const std::string &N : Want) {
    auto It = std::find_if(All.begin(), All.end(),
                           [&](const Target &T) { return T.Name == N; });
    if (It == All.end()) {
      if (&Want == &Defaults)
        continue;
      std::vector<std::string> Known;
      for (const Target &T : All)
        Known.push_back(T.Name);
      return llvm::createStringError(
          "unknown target '%s' (known: %s)", N.c_str(),
          Known.empty() ? "none; run tools/provision-sysroots or pass "
                          "--sysroot DIR --triple TRIPLE"
                        : llvm::join(Known, ", ").c_str());
    }
    if (Seen.insert(N).second)
      Out.push_back(*It);
  }
  for (const Target &T : All)
    if (T.Origin == "user" && Seen.insert(T.Name).second)
      Out.push_back(T);
  if (Out.empty())
    return llvm::createStringError(
        "no targets: none of the default targets (%s) is provisioned; run "
        "tools/provision-sysroots or pass --sysroot DIR --triple TRIPLE",
        llvm::join(Defaults, ", ").c_str());
  return Out;
}

} // namespace hstack
