//===- DirectiveCache.cpp - Shared directive-only views of headers --------===//
#include "Capture/DirectiveCache.h"

#include "llvm/Support/xxhash.h"

namespace hstack {

/// Does the text hold a directive the scanner drops but a reader needs?
static bool needsFullLex(llvm::StringRef Text) {
  for (size_t P = Text.find('#'); P != llvm::StringRef::npos;
       P = Text.find('#', P + 1)) {
    llvm::StringRef Rest = Text.substr(P + 1).ltrim(" \t");
    if (Rest.starts_with("error") || Rest.starts_with("warning"))
      return true;
  }
  return false;
}

std::optional<std::vector<std::string>>
InvocationCache::get(const std::string &Key) {
  std::lock_guard<std::mutex> L(M);
  auto It = Args.find(Key);
  if (It == Args.end())
    return std::nullopt;
  return It->second;
}

void InvocationCache::put(const std::string &Key,
                          std::vector<std::string> CC1Args) {
  std::lock_guard<std::mutex> L(M);
  Args.emplace(Key, std::move(CC1Args));
}

std::optional<llvm::ArrayRef<clang::dependency_directives_scan::Directive>>
DirectiveCache::get(llvm::StringRef Path, llvm::StringRef Buffer) {
  // Keyed by path and contents: entries are never replaced, because other
  // jobs may still be lexing from them.
  std::string Key = Path.str() + '\0' + std::to_string(llvm::xxh3_64bits(Buffer)) +
                    ':' + std::to_string(Buffer.size());
  std::lock_guard<std::mutex> L(M);
  std::unique_ptr<Entry> &E = Entries[Key];
  if (!E) {
    E = std::make_unique<Entry>();
    E->Text = Buffer.str();
    E->Usable = !needsFullLex(E->Text) &&
                !clang::scanSourceForDependencyDirectives(E->Text, E->Tokens,
                                                          E->Directives);
  }
  if (!E->Usable)
    return std::nullopt;
  return llvm::ArrayRef(E->Directives);
}

} // namespace hstack
