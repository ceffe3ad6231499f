//===- DiskCache.h - Results that outlive a run, checked before use -*- C++ -*-===//
//
// Some answers depend only on a target's headers, Clang and a mode: the
// names one libc header exposes, asked by the lint checks for every name
// they try to fix. They are kept on disk between runs (a package's second
// lint, a CI run with a warm cache), one JSON file per answer, named by a
// hash of the full key. An entry records every file its parse read (path,
// size, modification time) and is used only while all of them are
// unchanged; the key holds the target (triple, sysroot, flags), the
// resource dir, hstack's cache format and the mode. Writes go to a
// temporary file renamed into place, so concurrent runs never see half an
// entry. Unreadable, foreign or stale entries are ignored and rewritten.
//
// The directory: $HSTACK_CACHE_DIR, else $XDG_CACHE_HOME/hstack/results,
// else ~/.cache/hstack/results. HSTACK_CACHE_DIR=off turns it off. An
// entry's mtime is refreshed when it is used; `hstack lint` removes
// entries unused for 30 days (its own file names only) when it ends, at
// most once a day (the file `pruned` in the directory says when).
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_COMMANDS_DISKCACHE_H
#define HSTACK_COMMANDS_DISKCACHE_H

#include "llvm/ADT/StringRef.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hstack {

/// Where the entry for Key lives in Dir: PREFIX + hash + ".json" (the
/// names prune() recognises; ResultCache's entries use "lint-").
std::string entryPath(const std::string &Dir, llvm::StringRef Prefix,
                      const std::string &Key);
/// The JSON object stored at Path when it is an entry of this Format for
/// this Key; null otherwise (missing, damaged or foreign: ignored).
nlohmann::json readEntry(const std::string &Path, llvm::StringRef Format,
                         const std::string &Key);
/// Write a cache entry atomically (best effort: errors are ignored). An
/// entry holding a string that is not UTF-8 is not written: JSON cannot
/// carry it, and a lossy copy would make a warm run print other bytes
/// than a cold one.
void writeEntry(const std::string &Path, const nlohmann::json &Entry);
/// Mark a cache entry as used now (its mtime), so prune() keeps it.
void touchEntry(const std::string &Path);

class DiskCache {
public:
  /// The cache in its default directory (none when turned off).
  static DiskCache fromEnvironment();

  /// The stored value for Key, when every file it depends on is unchanged.
  std::optional<std::map<std::string, std::string>>
  load(const std::string &Key) const;
  /// Store Value for Key, depending on Files (best effort: a cache that
  /// cannot be written is a slower run, not an error).
  void store(const std::string &Key, const std::vector<std::string> &Files,
             const std::map<std::string, std::string> &Value) const;

  bool enabled() const { return !Dir.empty(); }
  /// Where entries live ("" when turned off).
  const std::string &dir() const { return Dir; }
  /// Remove entries (this cache's and ResultCache's) not used for MaxAge,
  /// and temporary files a crashed run left. Other files are left alone.
  void prune(std::chrono::hours MaxAge) const;

private:
  std::string Dir;
};

} // namespace hstack

#endif
