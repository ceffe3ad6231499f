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

enum class HeaderClass { Public, Internal, Kernel };

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

/// Default rules dir: $HSTACK_RULES_DIR, else the source tree's rules/.
std::string defaultRulesDir();

/// Load rules/headers.yaml from Dir; errors name the file and the problem.
llvm::Expected<HeaderRules> loadHeaderRules(const std::string &Dir);

} // namespace hstack

#endif
