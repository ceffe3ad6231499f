//===- LintOracle.cpp - Compile-backed answers for the lint checks --------===//
#include "Commands/LintOracle.h"
#include "Commands/Commands.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace hstack {

static std::string nsKey(NameSpace NS, const std::string &Name) {
  return std::to_string(static_cast<int>(NS)) + ":" + Name;
}

std::optional<std::string>
LintOracle::home(const Target &T, const std::vector<std::string> &Mode,
                 const std::string &Header, const std::string &Name,
                 NameSpace NS) {
  std::string Key = T.Name + "\n" + llvm::join(Mode, " ") + "\n" + Header;
  const std::map<std::string, std::string> *Names = nullptr;
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Exposed.find(Key); It != Exposed.end())
      Names = &It->second;
  }
  if (!Names) {
    std::map<std::string, std::string> S;
    auto R = exposeHeaders(T, {Header}, Mode, TC, Rules);
    if (R && R->Error.empty())
      for (const ExposedName &E : R->Names)
        S.emplace(nsKey(nameSpaceOf(E.Kind), E.Name),
                  E.Home >= 0 ? R->Tree.Nodes[E.Home].Header : "");
    std::lock_guard<std::mutex> L(M);
    Names = &Exposed.emplace(Key, std::move(S)).first->second;
  }
  for (NameSpace Try : {NS == NameSpace::Tag ? NameSpace::Tag : NameSpace::Ordinary,
                        NS == NameSpace::Tag ? NameSpace::Tag : NameSpace::Macro})
    if (auto It = Names->find(nsKey(Try, Name)); It != Names->end())
      return It->second;
  return std::nullopt;
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

std::vector<std::string> LintOracle::mentioning(const Target &T,
                                                const std::string &Name) {
  std::vector<std::string> Out;
  for (const auto &[Header, Text] : texts(T))
    if (Text.find(Name) != std::string::npos)
      Out.push_back(Header);
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
