//===- LintOracle.h - Compile-backed answers for the lint checks -*- C++ -*-===//
//
// The checks ask questions that need more compiling than the file's own
// parse ("does <stdarg.h> declare va_list on uclibc-ng:x86_64 in this
// mode?"). This answers them with Clang and remembers every answer; it is
// shared by all worker threads.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_COMMANDS_LINTORACLE_H
#define HSTACK_COMMANDS_LINTORACLE_H

#include "Analysis/Checks/Check.h"
#include "Capture/Capture.h"
#include "Commands/DiskCache.h"

#include "llvm/ADT/StringSet.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace hstack {

class LintOracle : public HeaderOracle {
public:
  LintOracle(const Toolchain &TC, const HeaderRules &Rules,
             DiskCache Disk = DiskCache())
      : TC(TC), Rules(Rules), Disk(std::move(Disk)) {}

  std::optional<std::string> home(const Target &T,
                                  const std::vector<std::string> &Mode,
                                  const std::string &Header,
                                  const std::string &Name,
                                  NameSpace NS, bool Complete) override;
  std::vector<std::string> mentioning(const Target &T,
                                      const std::string &Name) override;
  std::vector<std::string> includersOf(const Target &T,
                                       const std::string &Header) override;
  bool headerExists(const Target &T, const std::string &Header) override;
  /// The mode without -D/-U of macros no header of T spells: they cannot
  /// change what a libc header declares, and would only split the memo
  /// (a package's -DUSE_LARGEFILES -DHAVE_CONFIG_H ... per directory).
  std::vector<std::string> libcMode(const Target &T,
                                    const std::vector<std::string> &Mode);
  /// The identifiers the file's code spells (not its directives or
  /// comments). Per file, computed once.
  std::shared_ptr<const llvm::StringSet<>>
  codeIdentifiers(const std::string &Path);

private:
  /// Header texts in one buffer, each followed by a NUL (so no match
  /// spans two headers): one buffer to search, not thousands.
  struct TextIndex {
    std::string All;
    std::vector<std::string> Names; ///< Sorted.
    std::vector<size_t> Starts;     ///< Where each header's text begins.
    void add(const std::string &Name, llvm::StringRef Text);
    /// The headers (indexes into Names) whose text holds Needle, or holds
    /// it as a whole word; with FirstOnly, at most the first.
    std::vector<size_t> containing(llvm::StringRef Needle, bool Word,
                                   bool FirstOnly) const;
  };
  /// Every header of T's sysroot (and Clang's own), with its text and who
  /// includes it.
  struct HeaderIndex {
    TextIndex Own; ///< The sysroot's headers.
    /// Clang's headers (LintOracle::Resource) the sysroot does not have
    /// under the same name, by index.
    std::vector<bool> ResourceSeen;
    std::map<std::string, std::set<std::string>> IncludedBy;
  };
  const HeaderIndex &index(const Target &T);
  /// Public headers of T (plus Clang's own), with their text.
  const std::map<std::string, std::string> &texts(const Target &T);

  const Toolchain &TC;
  const HeaderRules &Rules;
  DiskCache Disk; ///< Exposures kept between runs.
  std::mutex M;
  /// One header's exposure on a target in a mode: "ns:name" -> home
  /// header (and "def:tag" -> the header defining it), computed once.
  struct Exposure {
    std::once_flag Once;
    std::map<std::string, std::string> Names;
  };
  /// key -> its exposure.
  std::map<std::string, std::shared_ptr<Exposure>> Exposed;
  std::map<std::string, std::map<std::string, std::string>> Texts;
  std::map<std::string, HeaderIndex> Indexes;
  /// Clang's own top-level headers, the same for every target: indexed and
  /// searched once per name, not once per target.
  const TextIndex &resource();
  std::once_flag ResourceOnce;
  TextIndex Resource;
  std::vector<std::vector<std::string>> ResourceIncludes; ///< Per header.
  /// (needle, word?) -> the resource headers that hold it.
  std::map<std::pair<std::string, bool>, std::vector<size_t>> ResourceHits;
  std::vector<size_t> resourceHits(const std::string &Needle, bool Word);
  std::map<std::string, std::shared_ptr<const llvm::StringSet<>>> CodeIdents;
  /// (target, name) -> mentioning() answer: names recur across files.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>>
      Mentions;
  /// (target, macro) -> does any header of the target spell it?
  std::map<std::pair<std::string, std::string>, bool> SpelledMacros;
};

} // namespace hstack

#endif
