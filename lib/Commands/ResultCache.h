//===- ResultCache.h - A linted file's findings, reused while unchanged -*- C++ -*-===//
//
// Re-linting a package after fixing one file should cost one file, not the
// package. Each file's findings (before the config's severities,
// suppressions and the baseline, which are applied afresh) are kept on
// disk with everything they were computed from:
//
// - the run: hstack's executable (its content), Clang's version, the
//   rules files' contents, the enabled checks and mode, the targets
//   (triple, flags, and a content hash of every header under the
//   sysroot's usr/include and Clang's resource include dir: the checks'
//   oracle searches all of them), the dependency-header setup, the
//   environment variables Clang's driver reads, the working directory
//   (findings show paths relative to it);
// - the file: its compile command (file, directory, arguments);
// - what the file's parses read: the content hash of every file they
//   entered, and the listing of every directory a lookup could have found
//   a header in (each search dir, and the includer's, joined with the
//   #include's or __has_include's subdirectory), so a header added ahead
//   of the one found invalidates the entry.
//
// An entry is used only when all of that is unchanged (content, not
// mtime: a fresh checkout of the same sources hits). It is one JSON file
// named by a hash of the key, written through a temporary file and a
// rename. `hstack lint --fresh` ignores stored findings (and still writes
// new ones); HSTACK_CACHE_DIR=off turns every cache off.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_COMMANDS_RESULTCACHE_H
#define HSTACK_COMMANDS_RESULTCACHE_H

#include "Capture/Capture.h"
#include "Capture/CompileCommands.h"
#include "Model/Finding.h"
#include "Model/Target.h"

#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hstack {

/// What one file's lint read, beyond the run's key.
struct FileDeps {
  std::set<std::string> Files; ///< Absolute paths of files entered.
  std::set<std::string> Dirs;  ///< Directories whose listing mattered.
  /// Add what one capture read (thread-compatible: one FileDeps per job).
  void add(const CaptureResult &C);
  /// Set by ResultCache::deps: nothing to collect (no cache), and the
  /// directories ("/"-terminated) the run key covers, left out as read.
  bool Off = false;
  const std::vector<std::string> *Covered = nullptr;
  bool covered(llvm::StringRef P) const;
};

/// What a file's lint produced, as kept.
struct StoredResult {
  std::vector<Finding> Findings;
  std::string Skip;
};

class ResultCache {
public:
  /// The cache in Dir (none when Dir is empty, or when hstack cannot tell
  /// what the run depends on) for a run with this setup (see the file
  /// comment).
  static ResultCache open(std::string Dir, const std::vector<Target> &Ts,
                          const std::string &ResourceDir,
                          const std::string &RulesDir,
                          const std::vector<std::string> &Checks, bool Cheap,
                          const std::vector<std::string> &DepsArgs,
                          unsigned Jobs);

  ResultCache(ResultCache &&O) // The memos move; the lock is new.
      : Dir(std::move(O.Dir)), RunKey(std::move(O.RunKey)),
        Covered(std::move(O.Covered)), Files(std::move(O.Files)),
        Dirs(std::move(O.Dirs)) {}

  bool enabled() const { return !Dir.empty(); }
  /// An empty FileDeps for one job, which skips what store() would not
  /// keep (everything, without a cache).
  FileDeps deps() const {
    FileDeps D;
    D.Off = !enabled();
    D.Covered = &Covered;
    return D;
  }
  /// The stored result for J, when nothing it depends on changed.
  std::optional<StoredResult> load(const CompileJob &J);
  /// Keep R for J (best effort: a cache that cannot be written is a slower
  /// next run, not an error).
  void store(const CompileJob &J, const FileDeps &D, const StoredResult &R);

private:
  ResultCache(std::string Dir, std::string RunKey)
      : Dir(std::move(Dir)), RunKey(std::move(RunKey)) {}
  std::string jobKey(const CompileJob &J) const;
  /// Content stamp of a file ("" when unreadable), memoized for the run.
  std::string fileStamp(const std::string &Path);
  /// Listing stamp of a directory ("-" when absent), memoized for the run.
  std::string dirStamp(const std::string &Path);

  std::string Dir, RunKey;
  /// Directories ("/"-terminated) whose every file is in the run key.
  std::vector<std::string> Covered;
  std::mutex M;
  std::map<std::string, std::string> Files, Dirs;
};

} // namespace hstack

#endif
