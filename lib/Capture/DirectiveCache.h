//===- DirectiveCache.h - Shared directive-only views of headers -*- C++ -*-===//
//
// The clang-scan-deps trick: a header's include stack depends only on its
// preprocessor directives, so each file is scanned once into its directive
// tokens (shared by every job and thread), and preprocessing-only jobs lex
// nothing else. Files holding #error or #warning are lexed in full, so their
// diagnostics still appear.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_CAPTURE_DIRECTIVECACHE_H
#define HSTACK_CAPTURE_DIRECTIVECACHE_H

#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Lex/DependencyDirectivesScanner.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace hstack {

/// The driver's work (toolchain and include-path discovery) depends only on
/// the driver arguments, and so does the parsed cc1 invocation: it is kept
/// per argument list and copied, so only the first job of a kind runs the
/// driver and parses cc1 arguments. A file's invocation is kept with that
/// file's path and name in it; the caller puts its own in a copy (the key
/// says that nothing else in the arguments depends on them).
class InvocationCache {
public:
  std::shared_ptr<const clang::CompilerInvocation> get(const std::string &Key);
  void put(const std::string &Key, const clang::CompilerInvocation &Inv);

private:
  std::mutex M;
  std::map<std::string, std::shared_ptr<const clang::CompilerInvocation>> Invs;
};

/// One FileManager per worker thread and file-system view, kept for the
/// whole run (as clang-scan-deps' workers keep theirs): a header's lookups
/// through every -I directory are stat'ed once per thread, not once per
/// translation unit. Files are taken not to change during a run.
class FileManagerPool {
public:
  struct Slot {
    llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS;
    llvm::IntrusiveRefCntPtr<clang::FileManager> FM;
  };
  /// The calling thread's slot for Key; Make builds its file system the
  /// first time. Only the calling thread may use the slot.
  Slot &get(const std::string &Key,
            llvm::function_ref<llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>()>
                Make);

private:
  std::mutex M;
  std::map<std::pair<std::thread::id, std::string>, std::unique_ptr<Slot>>
      Slots;
};

class DirectiveCache {
public:
  /// The directives of a file whose contents are `Buffer`, or nullopt when
  /// the file must be lexed in full. `Buffer` must stay alive as long as the
  /// preprocessor uses the result: the cache keeps its own copy.
  std::optional<llvm::ArrayRef<clang::dependency_directives_scan::Directive>>
  get(llvm::StringRef Path, llvm::StringRef Buffer);

private:
  struct Entry {
    std::string Text; ///< The contents the tokens point into.
    llvm::SmallVector<clang::dependency_directives_scan::Token, 0> Tokens;
    llvm::SmallVector<clang::dependency_directives_scan::Directive, 0> Directives;
    bool Usable = false;
  };
  std::mutex M;
  std::map<std::string, std::unique_ptr<Entry>> Entries;
};

/// Where Clang's LineOffsetMapping starts the lines of Text: offset 0, and
/// after each \n, lone \r, and \r\n (one line end).
std::vector<unsigned> lineStarts(llvm::StringRef Text);

/// Line tables of texts that stay alive and unchanged for the whole run
/// (the FileContentCache's buffers, BlankedFiles' texts). Clang's
/// SourceManager builds a file's line table in every parse that asks for
/// a line in it; the recorder asks for lines in every libc header, so one
/// table per text, shared by every job and thread, saves that scan.
class LineTables {
public:
  /// Register Text, which must stay alive and unchanged as long as lines
  /// are looked up (the caches that own the texts keep them for the run).
  void add(llvm::StringRef Text);
  /// The offsets at which the lines of the registered text starting at
  /// Data begin (built on first use), or null if Data is not registered.
  const std::vector<unsigned> *find(const char *Data);

private:
  struct Entry {
    llvm::StringRef Text;
    std::once_flag Once;
    std::vector<unsigned> Starts;
  };
  std::mutex M;
  llvm::DenseMap<const char *, std::unique_ptr<Entry>> Entries;
};

/// Directive-only views for jobs that must see every conditional (the
/// cheap lint path compares which lines each #if skipped): every character
/// outside a preprocessor directive is blanked to a space, newlines kept,
/// so sizes, line numbers and directive columns are unchanged. (Clang's
/// directive scanner above drops conditionals that hold no directive.)
class BlankedFiles {
public:
  explicit BlankedFiles(std::shared_ptr<LineTables> Lines = nullptr)
      : Lines(std::move(Lines)) {}
  /// The blanked contents of the file at Path (`Buffer`), cached.
  const std::string &get(llvm::StringRef Path, llvm::StringRef Buffer);

private:
  std::shared_ptr<LineTables> Lines;
  std::mutex M;
  std::map<std::string, std::unique_ptr<const std::string>> Texts;
};

/// File contents and stats below the sysroots and Clang's resource dir,
/// which do not change during a run: read once, shared by every job and
/// thread (clang-scan-deps' DependencyScanningWorkerFilesystem, simplified).
/// Missing files are remembered too: header search stats many.
class FileContentCache {
public:
  explicit FileContentCache(std::shared_ptr<LineTables> Lines = nullptr)
      : Lines(std::move(Lines)) {}
  struct Entry {
    std::error_code Error; ///< Set when the file does not exist.
    llvm::vfs::Status Stat;
    std::unique_ptr<llvm::MemoryBuffer> Buffer; ///< Null for directories.
  };
  /// The entry for Path, read through Base on first use.
  const Entry &get(llvm::vfs::FileSystem &Base, const std::string &Path);

private:
  std::shared_ptr<LineTables> Lines;
  std::mutex M;
  /// Hashed: every open and stat of a libc header looks a path up here,
  /// and sysroot paths share long prefixes (an ordered map compared them).
  llvm::StringMap<std::unique_ptr<Entry>> Entries;
};

/// Base, but reads below one of Roots come from (and fill) Cache.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
cachingFileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base,
                  std::vector<std::string> Roots, FileContentCache &Cache);

/// A directive-only view of a C source text, as BlankedFiles describes.
std::string blankNonDirectives(llvm::StringRef Text);
/// The same with KeepDirectives; without it, the opposite view: the code,
/// with directives and comments blanked.
std::string blankText(llvm::StringRef Text, bool KeepDirectives);

/// Base, but files below one of Roots read as their blanked view.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
blankingFileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base,
                   std::vector<std::string> Roots, BlankedFiles &Cache);

} // namespace hstack

#endif
