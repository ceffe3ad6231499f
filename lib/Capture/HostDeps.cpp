//===- HostDeps.cpp - The host's third-party headers, without its libc ----===//
#include "Capture/HostDeps.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>
#include <memory>

namespace hstack {
namespace {

/// The real file system, minus a set of files.
class HidingFS : public llvm::vfs::ProxyFileSystem {
public:
  HidingFS(std::shared_ptr<const std::set<std::string>> Hidden)
      : ProxyFileSystem(llvm::vfs::getRealFileSystem()),
        Hidden(std::move(Hidden)) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &P) override {
    if (hidden(P))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::status(P);
  }
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &P) override {
    if (hidden(P))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::openFileForRead(P);
  }

private:
  bool hidden(const llvm::Twine &P) const {
    llvm::SmallString<256> S;
    P.toVector(S);
    llvm::sys::path::remove_dots(S, true);
    return Hidden->count(std::string(S)) != 0;
  }
  std::shared_ptr<const std::set<std::string>> Hidden;
};

std::vector<std::string> hostIncludeDirs() {
  std::vector<std::string> Dirs;
  llvm::Triple Host(llvm::sys::getDefaultTargetTriple());
  std::string Multiarch = "/usr/include/" + Host.getArchName().str() + "-" +
                          Host.getOSName().str() + "-" +
                          Host.getEnvironmentName().str();
  for (const std::string &D : {Multiarch, std::string("/usr/include")})
    if (llvm::sys::fs::is_directory(D))
      Dirs.push_back(D);
  return Dirs;
}

} // namespace

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> HostDeps::fileSystem() const {
  return llvm::makeIntrusiveRefCnt<HidingFS>(
      std::make_shared<const std::set<std::string>>(Hidden));
}

std::vector<std::string> HostDeps::args() const {
  std::vector<std::string> A;
  for (const std::string &D : Dirs) {
    A.push_back("-idirafter");
    A.push_back(D);
  }
  return A;
}

llvm::Expected<HostDeps> loadHostDeps() {
  HostDeps H;
  H.Dirs = hostIncludeDirs();
  H.Owners = {"libc6-dev", "linux-libc-dev", "libcrypt-dev"};
  auto DpkgQuery = llvm::sys::findProgramByName("dpkg-query");
  if (!DpkgQuery)
    return llvm::createStringError(
        "cannot tell which host headers belong to the host libc (no "
        "dpkg-query); use --no-host-deps or --deps-sysroot DIR");
  llvm::SmallString<128> Out;
  if (auto EC = llvm::sys::fs::createTemporaryFile("hstack-dpkg", "txt", Out))
    return llvm::createStringError(EC, "cannot create a temporary file: %s",
                                   EC.message().c_str());
  std::vector<llvm::StringRef> Argv{*DpkgQuery, "-L"};
  for (const std::string &P : H.Owners)
    Argv.push_back(P);
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Out.str(),
                                                llvm::StringRef("")};
  std::string Err;
  llvm::sys::ExecuteAndWait(*DpkgQuery, Argv, std::nullopt, Redirects, 60, 0,
                            &Err);
  auto Buf = llvm::MemoryBuffer::getFile(Out);
  llvm::sys::fs::remove(Out);
  if (!Buf)
    return llvm::createStringError("cannot read dpkg-query's output: %s",
                                   Buf.getError().message().c_str());
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Buf)->getBuffer().split(Lines, '\n', -1, false);
  // dpkg lists the packages' directories too, /usr/include/<multiarch>
  // among them: hiding a directory would drop it from the search path and
  // with it every dependency header in it (openssl/opensslconf.h, ffi.h,
  // gmp.h live there). Only files are hidden.
  for (llvm::StringRef L : Lines) {
    L = L.trim();
    if (L.starts_with("/usr/include/") && !llvm::sys::fs::is_directory(L))
      H.Hidden.insert(L.str());
  }
  if (H.Hidden.empty())
    return llvm::createStringError(
        "dpkg-query lists no headers for %s; cannot keep the host libc out "
        "of the dependency headers (use --no-host-deps or --deps-sysroot DIR)",
        llvm::join(H.Owners, ", ").c_str());
  return H;
}

HostDeps depsFromSysroot(const std::string &Dir) {
  HostDeps H;
  // A Debian-style root keeps arch-specific headers (openssl's
  // opensslconf.h, ffi.h) in usr/include/<multiarch>, searched first.
  // One tree serves every target, so only a root of a single arch has
  // one to add.
  llvm::SmallString<256> Inc(Dir);
  llvm::sys::path::append(Inc, "usr", "include");
  std::vector<std::string> Multiarch;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Inc, EC), End; !EC && It != End;
       It.increment(EC))
    if (llvm::StringRef Name = llvm::sys::path::filename(It->path());
        Name.contains("-linux-") && llvm::sys::fs::is_directory(It->path()))
      Multiarch.push_back(It->path());
  std::sort(Multiarch.begin(), Multiarch.end());
  if (Multiarch.size() == 1)
    H.Dirs.push_back(Multiarch.front());
  else if (Multiarch.size() > 1)
    H.Note = Inc.str().str() + " has several multiarch dirs (" +
             llvm::join(Multiarch, ", ") +
             "); one tree serves every target, so none of them is searched";
  for (const char *Sub : {"usr/include", "usr/local/include"}) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, Sub);
    if (llvm::sys::fs::is_directory(P))
      H.Dirs.push_back(std::string(P));
  }
  return H;
}

} // namespace hstack
