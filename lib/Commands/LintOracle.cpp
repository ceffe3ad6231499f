//===- LintOracle.cpp - Compile-backed answers for the lint checks --------===//
#include "Commands/LintOracle.h"
#include "Commands/Commands.h"
#include "Capture/DirectiveCache.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace hstack {

std::optional<std::string>
LintOracle::home(const Target &T, const std::vector<std::string> &FileMode,
                 const std::string &Header, const std::string &Name,
                 NameSpace NS) {
  std::vector<std::string> Mode = libcMode(T, FileMode);
  std::string Key = T.Name + "\n" + llvm::join(Mode, " ") + "\n" + Header;
  const std::map<std::string, std::string> *Names = nullptr;
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Exposed.find(Key); It != Exposed.end())
      Names = &It->second;
  }
  if (!Names) {
    // On disk: what every input of the parse is (the target, Clang's
    // resource dir, the mode, the header); the files it read are checked.
    std::string DiskKey = "exposure\n" + T.Triple + "\n" + T.Sysroot + "\n" +
                          llvm::join(T.CFlags, " ") + "\n" + TC.ResourceDir +
                          "\n" + llvm::join(Mode, " ") + "\n" + Header;
    std::map<std::string, std::string> S;
    if (auto Stored = Disk.load(DiskKey)) {
      S = std::move(*Stored);
    } else {
      auto R = exposeHeaders(T, {Header}, Mode, TC, Rules);
      if (R && R->Error.empty()) {
        for (const ExposedName &E : R->Names)
          S.emplace(nameKey(nameSpaceOf(E.Kind), E.Name),
                    E.Home >= 0 ? R->Tree.Nodes[E.Home].Header : "");
        // Kept only when nothing was missing: a header that appears later
        // could change it, and only files that exist can be checked.
        std::vector<std::string> Files;
        bool Complete = R->Tree.Diags.empty();
        for (size_t I = R->Tree.SyntheticRoot ? 1 : 0;
             I < R->Tree.Nodes.size(); ++I) {
          const IncludeNode &N = R->Tree.Nodes[I];
          Complete &= N.Status != IncludeStatus::Missing;
          if (N.Status == IncludeStatus::Entered)
            Files.push_back(N.Path);
        }
        if (Complete)
          Disk.store(DiskKey, Files, S);
      }
    }
    std::lock_guard<std::mutex> L(M);
    Names = &Exposed.emplace(Key, std::move(S)).first->second;
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
    auto Word = [](char C) { return llvm::isAlnum(C) || C == '_'; };
    Spelled = std::any_of(X.Text.begin(), X.Text.end(), [&](const auto &H) {
      const std::string &Text = H.second;
      for (size_t P = Text.find(Macro); P != std::string::npos;
           P = Text.find(Macro, P + 1)) {
        size_t E = P + Macro.size();
        if ((P == 0 || !Word(Text[P - 1])) && (E == Text.size() || !Word(Text[E])))
          return true;
      }
      return false;
    });
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

/// The header names a text #includes.
static std::vector<std::string> includesOf(llvm::StringRef Text) {
  std::vector<std::string> Out;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    L = L.ltrim();
    if (!L.consume_front("#"))
      continue;
    L = L.ltrim();
    if (!L.consume_front("include_next") && !L.consume_front("include"))
      continue;
    L = L.ltrim();
    char Close = L.starts_with("<") ? '>' : L.starts_with("\"") ? '"' : 0;
    if (!Close)
      continue;
    size_t E = L.find(Close, 1);
    if (E != llvm::StringRef::npos)
      Out.push_back(L.slice(1, E).str());
  }
  return Out;
}

const LintOracle::HeaderIndex &LintOracle::index(const Target &T) {
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Indexes.find(T.Name); It != Indexes.end())
      return It->second;
  }
  HeaderIndex X;
  // Every header below usr/include; Debian's multiarch dir is a root too.
  llvm::SmallString<256> Root(T.Sysroot);
  llvm::sys::path::append(Root, "usr", "include");
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Root, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::StringRef P = It->path();
    if (!P.ends_with(".h"))
      continue;
    std::string Rel = P.substr(Root.size() + 1).str();
    auto [First, Rest] = llvm::StringRef(Rel).split('/');
    if (First.contains("-linux-") && !Rest.empty())
      Rel = Rest.str();
    if (auto B = llvm::MemoryBuffer::getFile(P))
      X.Text.emplace(Rel, (*B)->getBuffer().str());
  }
  llvm::SmallString<256> Res(TC.ResourceDir);
  llvm::sys::path::append(Res, "include");
  for (llvm::sys::fs::directory_iterator It(Res, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.ends_with(".h") && !X.Text.count(Name.str()))
      if (auto B = llvm::MemoryBuffer::getFile(It->path()))
        X.Text.emplace(Name.str(), (*B)->getBuffer().str());
  }
  for (const auto &[H, Text] : X.Text)
    for (const std::string &Inc : includesOf(Text))
      X.IncludedBy[Inc].insert(H);
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
  for (const auto &[H, Text] : X.Text)
    if (Text.find(Name) != std::string::npos && Seen.insert(H).second)
      Frontier.push_back(H);
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
  std::vector<std::string> Out;
  std::string Angled = "<" + Header + ">", Quoted = "\"" + Header + "\"";
  for (const auto &[H, Text] : texts(T)) {
    if (H == Header)
      continue;
    llvm::SmallVector<llvm::StringRef, 0> Lines;
    llvm::StringRef(Text).split(Lines, '\n');
    for (llvm::StringRef L : Lines) {
      L = L.ltrim();
      if (!L.consume_front("#"))
        continue;
      L = L.ltrim();
      if (!L.consume_front("include"))
        continue;
      L = L.ltrim();
      if (L.starts_with(Angled) || L.starts_with(Quoted)) {
        Out.push_back(H);
        break;
      }
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
      auto Ident = [](char C) { return llvm::isAlnum(C) || C == '_'; };
      while (!Rest.empty()) {
        Rest = Rest.drop_while([&](char C) { return !Ident(C); });
        llvm::StringRef Word = Rest.take_while(Ident);
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
