//===- LintOracle.cpp - Compile-backed answers for the lint checks --------===//
#include "Commands/LintOracle.h"
#include "Commands/Commands.h"
#include "Capture/DirectiveCache.h"
#include "Support/Walk.h"

#include "clang/Basic/CharInfo.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <cstring>

namespace hstack {

/// The exposure map's key for a tag some header defines (nameKey()s
/// start with a digit).
static std::string definedKey(const std::string &Tag) { return "def:" + Tag; }

/// Can C continue a C identifier (letters, digits, '_')?
static bool identChar(char C) { return clang::isAsciiIdentifierContinue(C); }

std::optional<std::string>
LintOracle::home(const Target &T, const std::vector<std::string> &FileMode,
                 const std::string &Header, const std::string &Name,
                 NameSpace NS, bool Complete) {
  std::vector<std::string> Mode = libcMode(T, FileMode);
  std::string Key = T.Name + "\n" + llvm::join(Mode, " ") + "\n" + Header;
  // One parse per key, whichever thread asks first; the others wait for it
  // (two threads linting files with the same includes ask at once).
  std::shared_ptr<Exposure> Slot;
  {
    std::lock_guard<std::mutex> L(M);
    std::shared_ptr<Exposure> &P = Exposed[Key];
    if (!P)
      P = std::make_shared<Exposure>();
    Slot = P;
  }
  std::call_once(Slot->Once, [&] {
    // On disk: what every input of the parse is (the target, Clang's
    // resource dir, the mode, the header); the files it read are checked.
    std::string DiskKey = "exposure\n" + T.Triple + "\n" + T.Sysroot + "\n" +
                          llvm::join(T.CFlags, " ") + "\n" + TC.ResourceDir +
                          "\n" + llvm::join(Mode, " ") + "\n" + Header;
    std::map<std::string, std::string> &S = Slot->Names;
    if (auto Stored = Disk.load(DiskKey)) {
      S = std::move(*Stored);
      return;
    }
    auto R = exposeHeaders(T, {Header}, Mode, TC, Rules, /*NamesOnly=*/true);
    if (R && R->Error.empty()) {
      for (const ExposedName &E : R->Names) {
        S.emplace(nameKey(nameSpaceOf(E.Kind), E.Name),
                  E.Home >= 0 ? R->Tree.Nodes[E.Home].Header : "");
        if (E.DefinedHome >= 0)
          S.emplace(definedKey(E.Name), R->Tree.Nodes[E.DefinedHome].Header);
      }
      // Kept only when nothing was missing: a header that appears later
      // could change it, and only files that exist can be checked.
      // (Bodies were skipped, so errors inside inline functions, which
      // change no name, do not count.)
      std::vector<std::string> Files;
      bool Whole = R->Tree.Diags.empty();
      for (size_t I = R->Tree.SyntheticRoot ? 1 : 0;
           I < R->Tree.Nodes.size(); ++I) {
        const IncludeNode &N = R->Tree.Nodes[I];
        Whole &= N.Status != IncludeStatus::Missing;
        if (N.Status == IncludeStatus::Entered)
          Files.push_back(N.Path);
      }
      if (Whole)
        Disk.store(DiskKey, Files, S);
    }
  });
  const std::map<std::string, std::string> *Names = &Slot->Names;
  if (Complete && NS == NameSpace::Tag) {
    auto It = Names->find(definedKey(Name));
    if (It == Names->end())
      return std::nullopt;
    return It->second;
  }
  for (NameSpace Try : {NS == NameSpace::Tag ? NameSpace::Tag : NameSpace::Ordinary,
                        NS == NameSpace::Tag ? NameSpace::Tag : NameSpace::Macro})
    if (auto It = Names->find(nameKey(Try, Name)); It != Names->end())
      return It->second;
  return std::nullopt;
}

std::vector<std::string>
LintOracle::libcMode(const Target &T, const std::vector<std::string> &Mode) {
  std::vector<std::string> Out;
  for (const std::string &A : Mode) {
    llvm::StringRef R(A);
    if (!R.consume_front("-D") && !R.consume_front("-U")) {
      Out.push_back(A); // -std=...
      continue;
    }
    std::string Macro = R.split('=').first.str();
    bool Spelled;
    {
      std::lock_guard<std::mutex> L(M);
      auto It = SpelledMacros.find({T.Name, Macro});
      if (It != SpelledMacros.end()) {
        if (It->second)
          Out.push_back(A);
        continue;
      }
    }
    const HeaderIndex &X = index(T);
    Spelled = !X.Own.containing(Macro, /*Word=*/true, /*FirstOnly=*/true).empty() ||
              llvm::any_of(resourceHits(Macro, /*Word=*/true),
                           [&](size_t I) { return X.ResourceSeen[I]; });
    {
      std::lock_guard<std::mutex> L(M);
      SpelledMacros[{T.Name, Macro}] = Spelled;
    }
    if (Spelled)
      Out.push_back(A);
  }
  return Out;
}

const std::map<std::string, std::string> &LintOracle::texts(const Target &T) {
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Texts.find(T.Name); It != Texts.end())
      return It->second;
  }
  std::map<std::string, std::string> Out;
  auto Files = publicHeaderFiles(T, {}, TC, Rules);
  if (Files)
    for (auto &[Header, Path] : *Files)
      if (auto B = llvm::MemoryBuffer::getFile(Path))
        Out[Header] = (*B)->getBuffer().str();
  // Clang's own headers (stdarg.h, stddef.h, ...) are public headers too.
  llvm::SmallString<256> Res(TC.ResourceDir);
  llvm::sys::path::append(Res, "include");
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Res, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (!Name.ends_with(".h") || Name.starts_with("__") ||
        Rules.classify(Name) != HeaderClass::Public || Out.count(Name.str()))
      continue;
    if (auto B = llvm::MemoryBuffer::getFile(It->path()))
      Out[Name.str()] = (*B)->getBuffer().str();
  }
  std::lock_guard<std::mutex> L(M);
  return Texts.emplace(T.Name, std::move(Out)).first->second;
}

/// One `#include <name>`, `#include "name"` or `#include_next` line.
struct IncludeLine {
  std::string Name;
  bool Next; ///< #include_next
};

/// The #include lines of a header's text, in order.
static std::vector<IncludeLine> includesOf(llvm::StringRef Text) {
  std::vector<IncludeLine> Out;
  for (size_t P = Text.find('#'); P != llvm::StringRef::npos;
       P = Text.find('#', P + 1)) {
    // Only a '#' that starts its line (after blanks) opens a directive.
    size_t B = P;
    while (B > 0 && llvm::StringRef(" \t\v\f\r").contains(Text[B - 1]))
      --B;
    if (B > 0 && Text[B - 1] != '\n')
      continue;
    llvm::StringRef L = Text.substr(P + 1);
    L = L.take_until([](char C) { return C == '\n'; }).ltrim();
    bool Next = L.consume_front("include_next");
    if (!Next && !L.consume_front("include"))
      continue;
    L = L.ltrim();
    char Close = L.starts_with("<") ? '>' : L.starts_with("\"") ? '"' : 0;
    if (!Close)
      continue;
    size_t E = L.find(Close, 1);
    if (E != llvm::StringRef::npos)
      Out.push_back({L.slice(1, E).str(), Next});
  }
  return Out;
}

void LintOracle::TextIndex::add(const std::string &Name, llvm::StringRef Text) {
  Names.push_back(Name);
  Starts.push_back(All.size());
  All += Text;
  All += '\0';
}

std::vector<size_t> LintOracle::TextIndex::containing(llvm::StringRef Needle,
                                                      bool Word,
                                                      bool FirstOnly) const {
  std::vector<size_t> Out;
  if (Needle.empty())
    return Out;
  // glibc's memmem is several times faster than a byte loop here (megabytes
  // per target, many names). After a hit, on to the next header.
  for (size_t From = 0; From < All.size();) {
    const void *Hit = ::memmem(All.data() + From, All.size() - From,
                               Needle.data(), Needle.size());
    if (!Hit)
      break;
    size_t P = static_cast<const char *>(Hit) - All.data();
    size_t E = P + Needle.size(); // NULs end texts: no word spans two.
    if (Word && ((P > 0 && identChar(All[P - 1])) ||
                 (E < All.size() && identChar(All[E])))) {
      From = P + 1;
      continue;
    }
    size_t I =
        std::upper_bound(Starts.begin(), Starts.end(), P) - Starts.begin() - 1;
    Out.push_back(I);
    if (FirstOnly || I + 1 >= Starts.size())
      break;
    From = Starts[I + 1];
  }
  return Out;
}

const LintOracle::TextIndex &LintOracle::resource() {
  std::call_once(ResourceOnce, [this] {
    std::map<std::string, std::unique_ptr<llvm::MemoryBuffer>> Files;
    std::error_code EC;
    llvm::SmallString<256> Res(TC.ResourceDir);
    llvm::sys::path::append(Res, "include");
    for (llvm::sys::fs::directory_iterator It(Res, EC), End; It != End && !EC;
         It.increment(EC)) {
      llvm::StringRef Name = llvm::sys::path::filename(It->path());
      if (Name.ends_with(".h"))
        if (auto B = llvm::MemoryBuffer::getFile(It->path()))
          Files.emplace(Name.str(), std::move(*B));
    }
    for (const auto &[H, B] : Files) {
      Resource.add(H, B->getBuffer());
      ResourceIncludes.emplace_back();
      for (const IncludeLine &Inc : includesOf(B->getBuffer()))
        ResourceIncludes.back().push_back(Inc.Name);
    }
  });
  return Resource;
}

std::vector<size_t> LintOracle::resourceHits(const std::string &Needle,
                                             bool Word) {
  const TextIndex &R = resource();
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = ResourceHits.find({Needle, Word}); It != ResourceHits.end())
      return It->second;
  }
  std::vector<size_t> Hits = R.containing(Needle, Word, /*FirstOnly=*/false);
  std::lock_guard<std::mutex> L(M);
  return ResourceHits.emplace(std::make_pair(Needle, Word), std::move(Hits))
      .first->second;
}

const LintOracle::HeaderIndex &LintOracle::index(const Target &T) {
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Indexes.find(T.Name); It != Indexes.end())
      return It->second;
  }
  std::map<std::string, std::unique_ptr<llvm::MemoryBuffer>> Files;
  // Every header below usr/include; Debian's multiarch dir is a root too.
  llvm::SmallString<256> Root(T.Sysroot);
  llvm::sys::path::append(Root, "usr", "include");
  walkRegularFiles(Root, [&](llvm::StringRef P) {
    if (!P.ends_with(".h"))
      return;
    std::string Rel = P.substr(Root.size() + 1).str();
    auto [First, Rest] = llvm::StringRef(Rel).split('/');
    if (First.contains("-linux-") && !Rest.empty())
      Rel = Rest.str();
    if (auto B = llvm::MemoryBuffer::getFile(P))
      Files.emplace(Rel, std::move(*B));
  });
  HeaderIndex X;
  size_t Size = 0;
  for (const auto &[H, B] : Files)
    Size += B->getBufferSize() + 1;
  X.Own.All.reserve(Size);
  for (const auto &[H, B] : Files) {
    X.Own.add(H, B->getBuffer());
    for (const IncludeLine &Inc : includesOf(B->getBuffer()))
      X.IncludedBy[Inc.Name].insert(H);
  }
  // Clang's own headers, where the sysroot has none of the same name.
  const TextIndex &R = resource();
  X.ResourceSeen.resize(R.Names.size());
  for (size_t I = 0; I < R.Names.size(); ++I) {
    X.ResourceSeen[I] = !Files.count(R.Names[I]);
    if (X.ResourceSeen[I])
      for (const std::string &Inc : ResourceIncludes[I])
        X.IncludedBy[Inc].insert(R.Names[I]);
  }
  std::lock_guard<std::mutex> L(M);
  return Indexes.emplace(T.Name, std::move(X)).first->second;
}

std::vector<std::string> LintOracle::mentioning(const Target &T,
                                                const std::string &Name) {
  // Headers whose text mentions the name, then, breadth first, the headers
  // that include those: EINVAL is spelled only in asm-generic/errno-base.h,
  // and <errno.h> reaches it five includes up. Public ones are returned,
  // nearest first; within a distance, shallow and short names first.
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Mentions.find({T.Name, Name}); It != Mentions.end())
      return It->second;
  }
  const HeaderIndex &X = index(T);
  std::vector<std::string> Frontier, Out;
  std::set<std::string> Seen;
  // (The order of the first frontier does not matter: each depth's public
  // headers are sorted by a total order, and the next frontier too.)
  for (size_t I : X.Own.containing(Name, /*Word=*/false, /*FirstOnly=*/false))
    if (Seen.insert(X.Own.Names[I]).second)
      Frontier.push_back(X.Own.Names[I]);
  for (size_t I : resourceHits(Name, /*Word=*/false))
    if (X.ResourceSeen[I] && Seen.insert(Resource.Names[I]).second)
      Frontier.push_back(Resource.Names[I]);
  for (unsigned Depth = 0; !Frontier.empty() && Depth < 8; ++Depth) {
    std::vector<std::string> Public;
    for (const std::string &H : Frontier)
      if (Rules.classify(H) == HeaderClass::Public && !llvm::StringRef(H).starts_with("__"))
        Public.push_back(H);
    std::stable_sort(Public.begin(), Public.end(), [](auto &A, auto &B) {
      auto D = [](const std::string &S) { return std::count(S.begin(), S.end(), '/'); };
      return std::make_tuple(D(A), A.size(), A) < std::make_tuple(D(B), B.size(), B);
    });
    Out.insert(Out.end(), Public.begin(), Public.end());
    std::vector<std::string> Next;
    for (const std::string &H : Frontier)
      if (auto It = X.IncludedBy.find(H); It != X.IncludedBy.end())
        for (const std::string &U : It->second)
          if (Seen.insert(U).second)
            Next.push_back(U);
    std::sort(Next.begin(), Next.end());
    Frontier = std::move(Next);
  }
  std::lock_guard<std::mutex> L(M);
  Mentions.emplace(std::make_pair(T.Name, Name), Out);
  return Out;
}

std::vector<std::string> LintOracle::includersOf(const Target &T,
                                                 const std::string &Header) {
  // Public headers that #include it by name (an #include_next continues a
  // header of the same name elsewhere; it does not make a user of it).
  std::vector<std::string> Out;
  for (const auto &[H, Text] : texts(T)) {
    if (H == Header)
      continue;
    for (const IncludeLine &I : includesOf(Text))
      if (!I.Next && I.Name == Header) {
        Out.push_back(H);
        break;
      }
  }
  return Out;
}

std::shared_ptr<const llvm::StringSet<>>
LintOracle::codeIdentifiers(const std::string &Path) {
  std::shared_ptr<const llvm::StringSet<>> Idents;
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = CodeIdents.find(Path); It != CodeIdents.end())
      Idents = It->second;
  }
  if (!Idents) {
    auto S = std::make_shared<llvm::StringSet<>>();
    if (auto B = llvm::MemoryBuffer::getFile(Path)) {
      std::string Code = blankText((*B)->getBuffer(), /*KeepDirectives=*/false);
      llvm::StringRef Rest(Code);
      while (!Rest.empty()) {
        Rest = Rest.drop_while([](char C) { return !identChar(C); });
        llvm::StringRef Word = Rest.take_while(identChar);
        Rest = Rest.drop_front(Word.size());
        if (!Word.empty() && !llvm::isDigit(Word.front()))
          S->insert(Word);
      }
    }
    std::lock_guard<std::mutex> L(M);
    Idents = CodeIdents.emplace(Path, std::move(S)).first->second;
  }
  return Idents;
}

bool LintOracle::headerExists(const Target &T, const std::string &Header) {
  for (const char *Dir : {"usr/include", "usr/local/include"}) {
    llvm::SmallString<256> P(T.Sysroot);
    llvm::sys::path::append(P, Dir, Header);
    if (llvm::sys::fs::exists(P))
      return true;
  }
  // Debian's multiarch dir.
  llvm::SmallString<256> P(T.Sysroot);
  llvm::sys::path::append(P, "usr/include");
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(P, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::StringRef(It->path()).contains("-linux-")) {
      llvm::SmallString<256> Q(It->path());
      llvm::sys::path::append(Q, Header);
      if (llvm::sys::fs::exists(Q))
        return true;
    }
  return false;
}

} // namespace hstack
