//===- Rules.h - libc knowledge loaded from rules/*.yaml -*- C++ -*-===//
//
// What headers cannot tell about themselves lives in rules/ as data; this
// loads and validates it. Knows nothing of Clang.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_RULES_RULES_H
#define HSTACK_RULES_RULES_H

#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"

#include <memory>
#include <string>
#include <vector>

namespace hstack {

/// Internal: a libc implementation detail. Kernel: Linux UAPI. KernelInternal:
/// kernel headers a libc header wraps (asm/...), not to be included directly.
enum class HeaderClass { Public, Internal, Kernel, KernelInternal };

const char *headerClassName(HeaderClass C);

/// rules/headers.yaml: which header names are internal or kernel headers.
struct HeaderRules {
  struct Entry {
    /// Heap-held: llvm::GlobPattern keeps a StringRef into its pattern, so
    /// the text must not move when entries do.
    std::unique_ptr<const std::string> Pattern;
    llvm::GlobPattern Glob;
    HeaderClass Class;
  };
  std::vector<Entry> Entries;

  /// Class of an include-dir-relative header name (first match wins).
  HeaderClass classify(llvm::StringRef Header) const;
};

/// libc knowledge from rules/ that checks use.
struct LibraryRule {
  std::string Name;
  std::vector<std::string> Headers, Functions;
  struct PerLibc {
    std::string Provider; ///< libc, libc-lib, package, none.
    std::string Package, Link, Note, Source;
  };
  std::vector<std::pair<std::string, PerLibc>> Libcs;
  const PerLibc *forLibc(const std::string &Libc) const;
};

struct ApiRule {
  std::string Name, Kind, Note, Replacement, Source;
  std::vector<std::string> Libcs;
  /// Semantics only: report where the difference breaks the build, not
  /// every use (code that compiles with a long iconv_t is right there).
  bool BreaksOnly = false;
};

struct LintRules {
  HeaderRules Headers;
  std::vector<LibraryRule> Libraries;
  std::vector<ApiRule> Apis;
};

/// Default rules dir: $HSTACK_RULES_DIR, else the source tree's rules/.
std::string defaultRulesDir();

/// Load rules/headers.yaml from Dir; errors name the file and the problem.
llvm::Expected<HeaderRules> loadHeaderRules(const std::string &Dir);

/// Load headers.yaml, libraries.yaml and apis.yaml from Dir.
llvm::Expected<LintRules> loadLintRules(const std::string &Dir);

} // namespace hstack

#endif
