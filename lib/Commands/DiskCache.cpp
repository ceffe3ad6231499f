//===- DiskCache.cpp - Results that outlive a run, checked before use -----===//
#include "Commands/DiskCache.h"
#include "Targets/Targets.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>

namespace hstack {

// 2: exposures also list the tags their parse defines ("def:NAME").
static constexpr const char *Format = "hstack-cache/2";

DiskCache DiskCache::fromEnvironment() {
  DiskCache C;
  if (const char *D = std::getenv("HSTACK_CACHE_DIR"); D && *D) {
    if (llvm::StringRef(D) != "off")
      C.Dir = D;
    return C;
  }
  C.Dir = userCacheDir("results"); // "" (no cache) without a home
  return C;
}

std::string entryPath(const std::string &Dir, llvm::StringRef Prefix,
                      const std::string &Key) {
  // prune() recognises these names (PREFIX + hex + .json) as entries.
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Prefix + llvm::utohexstr(llvm::xxh3_64bits(Key)) +
                                 ".json");
  return std::string(P);
}

/// "size:mtime" of a file, or "" when it cannot be read.
static std::string stamp(const std::string &Path) {
  llvm::sys::fs::file_status S;
  if (llvm::sys::fs::status(Path, S) || !llvm::sys::fs::is_regular_file(S))
    return "";
  return std::to_string(S.getSize()) + ":" +
         std::to_string(S.getLastModificationTime().time_since_epoch().count());
}

nlohmann::json readEntry(const std::string &Path, llvm::StringRef Format,
                         const std::string &Key) {
  auto B = llvm::MemoryBuffer::getFile(Path);
  if (!B)
    return nullptr;
  nlohmann::json J = nlohmann::json::parse((*B)->getBuffer().begin(),
                                           (*B)->getBuffer().end(), nullptr,
                                           /*allow_exceptions=*/false);
  // Another format or another key (a hash collision) is not this entry.
  if (!J.is_object() || J.value("format", "") != Format.str() ||
      J.value("key", "") != Key)
    return nullptr;
  return J;
}

void writeEntry(const std::string &Path, const nlohmann::json &Entry) {
  std::string Text;
  try {
    Text = Entry.dump();
  } catch (const nlohmann::json::type_error &) {
    return;
  }
  // A temporary file renamed into place: readers see all of it or none.
  llvm::SmallString<256> Tmp;
  int FD;
  if (llvm::sys::fs::createUniqueFile(Path + ".%%%%%%.tmp", FD, Tmp))
    return;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Tmp);
      return;
    }
  }
  if (llvm::sys::fs::rename(Tmp, Path))
    llvm::sys::fs::remove(Tmp);
}

void touchEntry(const std::string &Path) {
  // Used now: pruning keeps it (best effort).
  ::utimensat(AT_FDCWD, Path.c_str(), nullptr, 0);
}

void DiskCache::prune(std::chrono::hours MaxAge) const {
  if (Dir.empty())
    return;
  auto Now = std::chrono::system_clock::now();
  // At most once a day: a big cache is a long listing, and a day changes
  // nothing a 30-day limit cares about.
  llvm::SmallString<256> Stamp(Dir);
  llvm::sys::path::append(Stamp, "pruned");
  llvm::sys::fs::file_status SS;
  if (!llvm::sys::fs::status(Stamp, SS) &&
      Now - SS.getLastModificationTime() < std::chrono::hours(24))
    return;
  if (int FD; !llvm::sys::fs::openFileForWrite(Stamp, FD))
    llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  touchEntry(std::string(Stamp));
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    llvm::StringRef Stem = Name;
    bool Tmp = Stem.consume_back(".tmp");
    if (Tmp) // name.json.XXXXXX.tmp
      Stem = Stem.rsplit('.').first;
    if (!Stem.consume_back(".json"))
      continue;
    Stem.consume_front("lint-");
    if (Stem.empty() || !llvm::all_of(Stem, llvm::isHexDigit))
      continue; // Not ours.
    llvm::sys::fs::file_status S;
    if (llvm::sys::fs::status(It->path(), S) ||
        !llvm::sys::fs::is_regular_file(S))
      continue;
    auto Age = Now - S.getLastModificationTime();
    if (Age > (Tmp ? std::chrono::hours(24) : MaxAge))
      llvm::sys::fs::remove(It->path());
  }
}

std::optional<std::map<std::string, std::string>>
DiskCache::load(const std::string &Key) const {
  if (Dir.empty())
    return std::nullopt;
  std::string Entry = entryPath(Dir, "", Key);
  nlohmann::json J = readEntry(Entry, Format, Key);
  if (!J.is_object() || !J["files"].is_object() || !J["value"].is_object())
    return std::nullopt;
  for (const auto &[Path, Stamp] : J["files"].items())
    if (!Stamp.is_string() || stamp(Path) != Stamp.get<std::string>())
      return std::nullopt;
  std::map<std::string, std::string> Out;
  for (const auto &[K, V] : J["value"].items()) {
    if (!V.is_string())
      return std::nullopt;
    Out.emplace(K, V.get<std::string>());
  }
  touchEntry(Entry);
  return Out;
}

void DiskCache::store(const std::string &Key,
                      const std::vector<std::string> &Files,
                      const std::map<std::string, std::string> &Value) const {
  if (Dir.empty() || llvm::sys::fs::create_directories(Dir))
    return;
  nlohmann::json J;
  J["format"] = Format;
  J["key"] = Key;
  J["files"] = nlohmann::json::object();
  for (const std::string &F : Files) {
    std::string S = stamp(F);
    if (S.empty())
      return; // Depends on something it cannot check: do not keep it.
    J["files"][F] = S;
  }
  J["value"] = Value;
  writeEntry(entryPath(Dir, "", Key), J);
}

} // namespace hstack
