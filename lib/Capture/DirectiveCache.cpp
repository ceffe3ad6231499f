//===- DirectiveCache.cpp - Shared directive-only views of headers --------===//
#include "Capture/DirectiveCache.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <cstring>

namespace hstack {

/// A cache key for a file's contents: its path, a hash and the size.
static std::string contentKey(llvm::StringRef Path, llvm::StringRef Buffer) {
  return Path.str() + '\0' + std::to_string(llvm::xxh3_64bits(Buffer)) + ':' +
         std::to_string(Buffer.size());
}

/// Is an (absolute, normalized) path below one of the roots?
static bool underAny(llvm::StringRef P, const std::vector<std::string> &Roots) {
  return llvm::any_of(Roots, [&](const std::string &R) { return P.starts_with(R); });
}

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

std::shared_ptr<const clang::CompilerInvocation>
InvocationCache::get(const std::string &Key) {
  std::lock_guard<std::mutex> L(M);
  auto It = Invs.find(Key);
  return It == Invs.end() ? nullptr : It->second;
}

void InvocationCache::put(const std::string &Key,
                          const clang::CompilerInvocation &Inv) {
  auto Copy = std::make_shared<const clang::CompilerInvocation>(Inv);
  std::lock_guard<std::mutex> L(M);
  Invs.emplace(Key, std::move(Copy)); // The first one stays: others may read it.
}

std::optional<llvm::ArrayRef<clang::dependency_directives_scan::Directive>>
DirectiveCache::get(llvm::StringRef Path, llvm::StringRef Buffer) {
  // Keyed by path and contents: entries are never replaced, because other
  // jobs may still be lexing from them.
  std::string Key = contentKey(Path, Buffer);
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

std::string blankNonDirectives(llvm::StringRef In) {
  return blankText(In, /*KeepDirectives=*/true);
}

std::string blankText(llvm::StringRef In, bool KeepDirectives) {
  std::string Out(In.size(), ' ');
  enum { LineStart, Directive, Other } Mode = LineStart;
  bool Comment = false; // inside /* */
  size_t N = In.size();
  auto Keep = [&](size_t I) {
    if (Mode == Directive ? KeepDirectives : !KeepDirectives && !Comment)
      Out[I] = In[I];
  };
  for (size_t I = 0; I < N; ++I) {
    char C = In[I];
    if (C == '\n') {
      Out[I] = '\n';
      size_t P = I;
      if (P > 0 && In[P - 1] == '\r')
        --P;
      bool Continued = P > 0 && In[P - 1] == '\\';
      if (!Comment && !Continued)
        Mode = LineStart;
      continue;
    }
    if (Comment) {
      Keep(I);
      if (C == '*' && I + 1 < N && In[I + 1] == '/') {
        Keep(++I);
        Comment = false;
      }
      continue;
    }
    if (C == '/' && I + 1 < N && In[I + 1] == '*') {
      Comment = true;
      Keep(I);
      Keep(++I);
      continue;
    }
    if (C == '/' && I + 1 < N && In[I + 1] == '/') {
      // To the end of the line (a continued // comment is rare in headers).
      bool Was = Comment;
      Comment = true;
      while (I < N && In[I] != '\n')
        Keep(I++);
      Comment = Was;
      --I;
      continue;
    }
    if (Mode == LineStart) {
      if (C == ' ' || C == '\t' || C == '\f' || C == '\v' || C == '\r')
        continue;
      Mode = C == '#' ? Directive : Other;
    }
    if (C == '"' || C == '\'') {
      // A literal, to its closing quote or the end of the line.
      Keep(I);
      for (++I; I < N && In[I] != '\n'; ++I) {
        Keep(I);
        if (In[I] == '\\' && I + 1 < N && In[I + 1] != '\n')
          Keep(++I);
        else if (In[I] == C)
          break;
      }
      if (I < N && In[I] == '\n')
        --I;
      continue;
    }
    Keep(I);
  }
  return Out;
}

const std::string &BlankedFiles::get(llvm::StringRef Path,
                                     llvm::StringRef Buffer) {
  std::string Key = contentKey(Path, Buffer);
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Texts.find(Key); It != Texts.end())
      return *It->second;
  }
  auto T = std::make_unique<const std::string>(blankNonDirectives(Buffer));
  std::lock_guard<std::mutex> L(M);
  auto [It, New] = Texts.emplace(Key, std::move(T));
  if (New && Lines)
    Lines->add(*It->second);
  return *It->second;
}

void LineTables::add(llvm::StringRef Text) {
  auto E = std::make_unique<Entry>();
  E->Text = Text;
  std::lock_guard<std::mutex> L(M);
  Entries.try_emplace(Text.data(), std::move(E));
}

const std::vector<unsigned> *LineTables::find(const char *Data) {
  Entry *E;
  {
    std::lock_guard<std::mutex> L(M);
    auto It = Entries.find(Data);
    if (It == Entries.end())
      return nullptr;
    E = It->second.get();
  }
  std::call_once(E->Once, [E] { E->Starts = lineStarts(E->Text); });
  return &E->Starts;
}

std::vector<unsigned> lineStarts(llvm::StringRef T) {
  std::vector<unsigned> Starts{0};
  Starts.reserve(T.size() / 32);
  const char *B = T.data(), *E = B + T.size();
  // memchr runs many bytes a step; a byte loop was most of this.
  if (!std::memchr(B, '\r', T.size())) {
    for (const char *P = B; (P = static_cast<const char *>(
                                 std::memchr(P, '\n', E - P)));)
      Starts.push_back(static_cast<unsigned>(++P - B));
    return Starts;
  }
  for (size_t I = 0; I < T.size(); ++I) {
    if (T[I] == '\r' && I + 1 < T.size() && T[I + 1] == '\n')
      ++I;
    else if (T[I] != '\n' && T[I] != '\r')
      continue;
    Starts.push_back(static_cast<unsigned>(I + 1));
  }
  return Starts;
}

namespace {

class BlankedFile : public llvm::vfs::File {
public:
  BlankedFile(std::unique_ptr<llvm::vfs::File> F, const std::string &Text)
      : F(std::move(F)), Text(Text) {}
  llvm::ErrorOr<llvm::vfs::Status> status() override { return F->status(); }
  llvm::ErrorOr<std::string> getName() override { return F->getName(); }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
  getBuffer(const llvm::Twine &Name, int64_t, bool, bool) override {
    return llvm::MemoryBuffer::getMemBuffer(Text, Name.str(),
                                            /*RequiresNullTerminator=*/true);
  }
  std::error_code close() override { return F->close(); }

private:
  std::unique_ptr<llvm::vfs::File> F;
  const std::string &Text;
};

class BlankingFS : public llvm::vfs::ProxyFileSystem {
public:
  BlankingFS(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base,
             std::vector<std::string> Roots, BlankedFiles &Cache)
      : ProxyFileSystem(std::move(Base)), Roots(std::move(Roots)),
        Cache(Cache) {}

  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    auto F = ProxyFileSystem::openFileForRead(Path);
    if (!F)
      return F;
    std::string P = Path.str();
    if (!underAny(P, Roots))
      return F;
    auto Buf = (*F)->getBuffer(P);
    if (!Buf)
      return F;
    const std::string &Text = Cache.get(P, (*Buf)->getBuffer());
    return std::unique_ptr<llvm::vfs::File>(
        std::make_unique<BlankedFile>(std::move(*F), Text));
  }

private:
  std::vector<std::string> Roots;
  BlankedFiles &Cache;
};

} // namespace

FileManagerPool::Slot &FileManagerPool::get(
    const std::string &Key,
    llvm::function_ref<llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>()>
        Make) {
  auto Id = std::make_pair(std::this_thread::get_id(), Key);
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Slots.find(Id); It != Slots.end())
      return *It->second;
  }
  auto S = std::make_unique<Slot>();
  S->FS = Make();
  S->FM = llvm::makeIntrusiveRefCnt<clang::FileManager>(
      clang::FileSystemOptions(), S->FS);
  std::lock_guard<std::mutex> L(M);
  return *Slots.emplace(std::move(Id), std::move(S)).first->second;
}

const FileContentCache::Entry &
FileContentCache::get(llvm::vfs::FileSystem &Base, const std::string &Path) {
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Entries.find(Path); It != Entries.end())
      return *It->second;
  }
  auto E = std::make_unique<Entry>();
  if (auto S = Base.status(Path)) {
    E->Stat = *S;
    if (S->isRegularFile()) {
      if (auto F = Base.openFileForRead(Path)) {
        auto B = (*F)->getBuffer(Path, S->getSize(),
                                 /*RequiresNullTerminator=*/true,
                                 /*IsVolatile=*/false);
        if (B)
          E->Buffer = std::move(*B);
        else
          E->Error = B.getError();
      } else {
        E->Error = F.getError();
      }
    }
  } else {
    E->Error = S.getError();
  }
  std::lock_guard<std::mutex> L(M);
  // Another thread may have read it meanwhile: keep the first entry, which
  // jobs may already point into.
  auto [It, New] = Entries.try_emplace(Path, std::move(E));
  if (New && Lines && It->second->Buffer)
    Lines->add(It->second->Buffer->getBuffer());
  return *It->second;
}

namespace {

class CachedFile : public llvm::vfs::File {
public:
  CachedFile(const FileContentCache::Entry &E, std::string Name)
      : E(E), Name(std::move(Name)) {}
  llvm::ErrorOr<llvm::vfs::Status> status() override {
    return llvm::vfs::Status::copyWithNewName(E.Stat, Name);
  }
  llvm::ErrorOr<std::string> getName() override { return Name; }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
  getBuffer(const llvm::Twine &N, int64_t, bool, bool) override {
    return llvm::MemoryBuffer::getMemBuffer(E.Buffer->getBuffer(), N.str(),
                                            /*RequiresNullTerminator=*/true);
  }
  std::error_code close() override { return {}; }

private:
  const FileContentCache::Entry &E;
  std::string Name;
};

class CachingFS : public llvm::vfs::ProxyFileSystem {
public:
  CachingFS(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base,
            std::vector<std::string> Roots, FileContentCache &Cache)
      : ProxyFileSystem(std::move(Base)), Roots(std::move(Roots)),
        Cache(Cache) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override {
    std::string P = Path.str();
    if (!cached(P))
      return ProxyFileSystem::status(Path);
    const FileContentCache::Entry &E = Cache.get(getUnderlyingFS(), P);
    if (E.Error && !E.Stat.isStatusKnown())
      return E.Error;
    return llvm::vfs::Status::copyWithNewName(E.Stat, P);
  }

  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    std::string P = Path.str();
    if (!cached(P))
      return ProxyFileSystem::openFileForRead(Path);
    const FileContentCache::Entry &E = Cache.get(getUnderlyingFS(), P);
    if (E.Error)
      return E.Error;
    if (!E.Buffer)
      return ProxyFileSystem::openFileForRead(Path); // Not a regular file.
    return std::unique_ptr<llvm::vfs::File>(std::make_unique<CachedFile>(E, P));
  }

private:
  bool cached(llvm::StringRef P) const {
    if (!llvm::sys::path::is_absolute(P) || P.contains("/../") ||
        P.contains("/./"))
      return false;
    return underAny(P, Roots);
  }
  std::vector<std::string> Roots;
  FileContentCache &Cache;
};

} // namespace

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
cachingFileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base,
                  std::vector<std::string> Roots, FileContentCache &Cache) {
  return llvm::makeIntrusiveRefCnt<CachingFS>(std::move(Base),
                                              std::move(Roots), Cache);
}

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
blankingFileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base,
                   std::vector<std::string> Roots, BlankedFiles &Cache) {
  return llvm::makeIntrusiveRefCnt<BlankingFS>(std::move(Base),
                                               std::move(Roots), Cache);
}

} // namespace hstack
