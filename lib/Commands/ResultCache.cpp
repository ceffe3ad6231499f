//===- ResultCache.cpp - A linted file's findings, reused while unchanged -===//
#include "Commands/ResultCache.h"
#include "Commands/DiskCache.h"
#include "Capture/Record.h"
#include "Support/Parallel.h"

#include "clang/Basic/Version.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace hstack {

static constexpr const char *Format = "hstack-lint-file/1";

// ---- What a file's parses read ----------------------------------------

/// Dir joined with a lookup's subdirectory, normalized.
static std::string lookupDir(llvm::StringRef Dir, llvm::StringRef Sub) {
  llvm::SmallString<256> P(Dir);
  if (!Sub.empty())
    llvm::sys::path::append(P, Sub);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// Is P below one of Roots ("/"-terminated directories)?
static bool coveredBy(llvm::StringRef P, const std::vector<std::string> &Roots) {
  return llvm::any_of(Roots,
                      [&](const std::string &R) { return P.starts_with(R); });
}

bool FileDeps::covered(llvm::StringRef P) const {
  return Covered && coveredBy(P, *Covered);
}

void FileDeps::add(const CaptureResult &C) {
  if (Off)
    return;
  const IncludeTree &T = C.Tree;
  // A lookup of "sub/name.h" searches sub/ below every search dir (and
  // below the includer's dir). Hundreds of #includes share a handful of
  // subdirectories, so the directories are joined once per subdirectory,
  // not once per #include.
  std::set<std::string> Subs;
  std::set<std::pair<std::string, std::string>> Local; // (includer dir, sub)
  auto Lookup = [&](llvm::StringRef Name, llvm::StringRef From) {
    llvm::StringRef Sub = llvm::sys::path::parent_path(Name);
    if (llvm::sys::path::is_absolute(Name)) {
      Dirs.insert(lookupDir("/", Sub));
      return;
    }
    Subs.insert(Sub.str());
    if (!From.empty())
      Local.emplace(From.str(), Sub.str());
  };
  for (size_t I = 0; I < T.Nodes.size(); ++I) {
    const IncludeNode &N = T.Nodes[I];
    if (!N.Path.empty() && N.Status == IncludeStatus::Entered &&
        !covered(N.Path))
      Files.insert(N.Path);
    if (I == 0 || N.Spelled.size() < 2)
      continue; // The main file: its path is the job's.
    llvm::StringRef Name = llvm::StringRef(N.Spelled).drop_front().drop_back();
    llvm::StringRef From;
    if (N.Parent >= 0)
      From = llvm::sys::path::parent_path(T.Nodes[N.Parent].Path);
    Lookup(Name, From);
  }
  for (const auto &[Name, From] : T.HasIncludes)
    Lookup(Name, From);
  std::set<llvm::StringRef> Search(C.IncludeDirs.begin(), C.IncludeDirs.end());
  Search.insert(C.RequestedDirs.begin(), C.RequestedDirs.end());
  auto AddDir = [&](std::string P) {
    if (!covered(P + "/"))
      Dirs.insert(std::move(P));
  };
  for (llvm::StringRef D : Search)
    for (const std::string &Sub : Subs)
      AddDir(lookupDir(D, Sub));
  for (const auto &[From, Sub] : Local)
    AddDir(lookupDir(From, Sub));
}

// ---- Stamps -------------------------------------------------------------

std::string ResultCache::fileStamp(const std::string &Path) {
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Files.find(Path); It != Files.end())
      return It->second;
  }
  std::string S;
  if (auto B = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false))
    S = std::to_string((*B)->getBufferSize()) + ":" +
        llvm::utohexstr(llvm::xxh3_64bits((*B)->getBuffer()));
  std::lock_guard<std::mutex> L(M);
  return Files.emplace(Path, S).first->second;
}

std::string ResultCache::dirStamp(const std::string &Path) {
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Dirs.find(Path); It != Dirs.end())
      return It->second;
  }
  std::string S = "-";
  if (llvm::sys::fs::is_directory(Path)) {
    std::vector<std::string> Names;
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC;
         It.increment(EC))
      Names.push_back(llvm::sys::path::filename(It->path()).str());
    std::sort(Names.begin(), Names.end());
    S = EC ? "" : "d" + llvm::utohexstr(llvm::xxh3_64bits(llvm::join(Names, "/")));
  } else if (llvm::sys::fs::exists(Path)) {
    S = "f"; // A file where a directory was searched: no header below it.
  }
  std::lock_guard<std::mutex> L(M);
  return Dirs.emplace(Path, S).first->second;
}

/// Content hash of every regular file below a directory.
struct TreeStamp {
  std::string Stamp; ///< "-" when absent, "" when unreadable.
  /// No symlinked directory inside: every file below is in the stamp.
  bool Closed = true;
};

static TreeStamp treeStamp(const std::string &Root) {
  if (!llvm::sys::fs::is_directory(Root))
    return {"-", true};
  // Symlinks are not followed (a loop must not hang the run): a linked
  // file is hashed by content, a linked directory by where it points.
  std::vector<std::string> Paths;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Root, EC, false), End;
       It != End && !EC; It.increment(EC))
    if (It->type() == llvm::sys::fs::file_type::regular_file ||
        It->type() == llvm::sys::fs::file_type::symlink_file)
      Paths.push_back(It->path());
  if (EC)
    return {"", false};
  std::sort(Paths.begin(), Paths.end());
  std::string All;
  bool Closed = true;
  for (const std::string &P : Paths) {
    All += P.substr(Root.size());
    All += '\0';
    llvm::sys::fs::file_status St;
    if (llvm::sys::fs::status(P, St)) { // A dangling link.
      All += "dangling\n";
      continue;
    }
    if (llvm::sys::fs::is_directory(St)) {
      llvm::SmallString<256> Real;
      if (llvm::sys::fs::real_path(P, Real))
        return {"", false};
      All += "-> " + std::string(Real) + "\n";
      Closed = false;
      continue;
    }
    if (!llvm::sys::fs::is_regular_file(St)) { // A link to a FIFO: never read.
      All += "special\n";
      continue;
    }
    auto B = llvm::MemoryBuffer::getFile(P, false, false);
    if (!B)
      return {"", false};
    All += llvm::utohexstr(llvm::xxh3_64bits((*B)->getBuffer()));
    All += '\n';
  }
  return {std::to_string(Paths.size()) + ":" +
              llvm::utohexstr(llvm::xxh3_64bits(All)),
          Closed};
}

// ---- Keys ---------------------------------------------------------------

ResultCache ResultCache::open(std::string Dir, const std::vector<Target> &Ts,
                              const std::string &ResourceDir,
                              const std::string &RulesDir,
                              const std::vector<std::string> &Checks,
                              bool Cheap,
                              const std::vector<std::string> &DepsArgs,
                              unsigned Jobs) {
  if (Dir.empty())
    return ResultCache("", "");
  std::string K = std::string(Format) + "\n";
  // hstack itself (by content: CI rebuilds it each time, usually into the
  // same bytes): another build may find other things.
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, &Anchor);
  if (Exe.empty())
    return ResultCache("", ""); // Cannot tell which hstack this is.
  K += "clang " + clang::getClangFullVersion() + "\n";
  for (const char *F : {"headers.yaml", "libraries.yaml", "apis.yaml"}) {
    llvm::SmallString<256> P(RulesDir);
    llvm::sys::path::append(P, F);
    auto B = llvm::MemoryBuffer::getFile(P);
    if (!B)
      return ResultCache("", "");
    K += std::string("rules ") + F + " " +
         llvm::utohexstr(llvm::xxh3_64bits((*B)->getBuffer())) + "\n";
  }
  K += "checks " + llvm::join(Checks, ",") + (Cheap ? " cheap" : "") + "\n";
  K += "deps " + llvm::join(DepsArgs, " ") + "\n";
  // The header trees: each target's usr/include, then Clang's include.
  std::vector<std::string> Roots;
  for (const Target &T : Ts)
    Roots.push_back(normalizePath(T.Sysroot + "/usr/include"));
  Roots.push_back(normalizePath(ResourceDir + "/include"));
  // Hashing them (~10 MB each) and hstack's binary is most of the key's
  // cost. Trees[N] is Clang's, [N+1] hstack's.
  auto Trees = runIndexed<TreeStamp>(Roots.size() + 1, Jobs, [&](size_t I) {
    if (I < Roots.size())
      return treeStamp(Roots[I]);
    auto B = llvm::MemoryBuffer::getFile(Exe, false, false);
    return TreeStamp{
        B ? llvm::utohexstr(llvm::xxh3_64bits((*B)->getBuffer())) : "", false};
  });
  const std::string &Res = Trees[Ts.size()].Stamp,
                    &Bin = Trees[Ts.size() + 1].Stamp;
  if (Res.empty() || Bin.empty())
    return ResultCache("", "");
  K += "hstack " + Bin + "\n";
  K += "resource " + ResourceDir + " " + Res + "\n";
  for (size_t I = 0; I < Ts.size(); ++I) {
    const Target &T = Ts[I];
    if (Trees[I].Stamp.empty())
      return ResultCache("", "");
    K += "target " + T.Name + " " + T.Triple + " " + T.Sysroot + " [" +
         llvm::join(T.CFlags, " ") + "] " + Trees[I].Stamp + "\n";
  }
  // What Clang's driver reads from the environment.
  for (const char *V : {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH",
                        "OBJC_INCLUDE_PATH", "OBJCPLUS_INCLUDE_PATH"})
    if (const char *E = std::getenv(V))
      K += std::string("env ") + V + "=" + E + "\n";
  llvm::SmallString<256> Cwd;
  if (llvm::sys::fs::current_path(Cwd))
    return ResultCache("", "");
  K += "cwd " + std::string(Cwd) + "\n";
  ResultCache C(std::move(Dir), std::move(K));
  // Files below a hashed tree need no entry of their own.
  for (size_t I = 0; I < Roots.size(); ++I)
    if (Trees[I].Closed && Trees[I].Stamp != "-")
      C.Covered.push_back(Roots[I] + "/");
  return C;
}

std::string ResultCache::jobKey(const CompileJob &J) const {
  return RunKey + "file " + J.File + "\ndir " + J.Directory + "\nargs " +
         llvm::join(J.Args, "\x1f") + "\nmode " + llvm::join(J.ModeArgs, "\x1f") +
         (J.IsCxx ? "\nc++" : "\nc") + "\n";
}

// ---- Findings as JSON ---------------------------------------------------

static nlohmann::json toJson(const Finding &F) {
  nlohmann::json J;
  J["check"] = F.Check;
  J["file"] = F.File;
  J["line"] = F.Line;
  J["column"] = F.Column;
  J["name"] = F.Name;
  J["message"] = F.Message;
  J["severity"] = severityName(F.Sev);
  J["breaks"] = F.Breaks;
  J["portability"] = F.PortabilitySpecific;
  J["affected"] = F.TargetsAffected;
  J["ok"] = F.TargetsOk;
  J["evidence"] = nlohmann::json::array();
  for (const TargetEvidence &E : F.Evidence) {
    nlohmann::json Chain = nlohmann::json::array();
    for (const ChainLink &L : E.Chain)
      Chain.push_back({L.Header, L.Line});
    J["evidence"].push_back(
        {{"target", E.Target}, {"breaks", E.Breaks}, {"chain", Chain}, {"note", E.Note}});
  }
  if (F.Fix)
    J["fix"] = {F.Fix->Line, F.Fix->Text};
  J["guard"] = F.ConfigGuard;
  J["context"] = F.Context;
  J["environment"] = F.Environment;
  return J;
}

/// The finding stored as J, or nullopt when J is not one (a foreign or
/// damaged entry, which is then ignored).
static std::optional<Finding> fromJson(const nlohmann::json &J) {
  try {
    Finding F;
    F.Check = J.at("check").get<std::string>();
    F.File = J.at("file").get<std::string>();
    F.Line = J.at("line").get<unsigned>();
    F.Column = J.at("column").get<unsigned>();
    F.Name = J.at("name").get<std::string>();
    F.Message = J.at("message").get<std::string>();
    auto Sev = parseSeverity(J.at("severity").get<std::string>());
    if (!Sev)
      return std::nullopt;
    F.Sev = *Sev;
    F.Breaks = J.at("breaks").get<bool>();
    F.PortabilitySpecific = J.at("portability").get<bool>();
    F.TargetsAffected = J.at("affected").get<std::vector<std::string>>();
    F.TargetsOk = J.at("ok").get<std::vector<std::string>>();
    for (const auto &E : J.at("evidence")) {
      TargetEvidence T;
      T.Target = E.at("target").get<std::string>();
      T.Breaks = E.at("breaks").get<bool>();
      for (const auto &L : E.at("chain"))
        T.Chain.push_back({L.at(0).get<std::string>(), L.at(1).get<unsigned>()});
      T.Note = E.at("note").get<std::string>();
      F.Evidence.push_back(std::move(T));
    }
    if (J.contains("fix"))
      F.Fix = FixIt{J["fix"].at(0).get<unsigned>(),
                    J["fix"].at(1).get<std::string>()};
    F.ConfigGuard = J.at("guard").get<std::string>();
    F.Context = J.at("context").get<std::string>();
    F.Environment = J.at("environment").get<bool>();
    return F;
  } catch (const nlohmann::json::exception &) {
    return std::nullopt;
  }
}

// ---- Load and store -----------------------------------------------------

std::optional<StoredResult> ResultCache::load(const CompileJob &J) {
  if (!enabled())
    return std::nullopt;
  std::string Key = jobKey(J), Entry = entryPath(Dir, "lint-", Key);
  nlohmann::json E = readEntry(Entry, Format, Key);
  if (!E.is_object() || !E["files"].is_object() || !E["dirs"].is_object() ||
      !E["findings"].is_array() || !E["skip"].is_string())
    return std::nullopt;
  for (const auto &[Path, Stamp] : E["files"].items())
    if (!Stamp.is_string() || fileStamp(Path) != Stamp.get<std::string>())
      return std::nullopt;
  for (const auto &[Path, Stamp] : E["dirs"].items())
    if (!Stamp.is_string() || dirStamp(Path) != Stamp.get<std::string>())
      return std::nullopt;
  StoredResult R;
  for (const auto &F : E["findings"]) {
    auto Fd = fromJson(F);
    if (!Fd)
      return std::nullopt;
    R.Findings.push_back(std::move(*Fd));
  }
  R.Skip = E["skip"].get<std::string>();
  touchEntry(Entry);
  return R;
}

void ResultCache::store(const CompileJob &J, const FileDeps &D,
                        const StoredResult &R) {
  if (!enabled() || llvm::sys::fs::create_directories(Dir))
    return;
  nlohmann::json E;
  E["format"] = Format;
  std::string Key = jobKey(J);
  E["key"] = Key;
  E["files"] = nlohmann::json::object();
  E["dirs"] = nlohmann::json::object();
  std::set<std::string> Files = D.Files;
  Files.insert(J.File);
  for (const std::string &F : Files) {
    if (coveredBy(F, Covered))
      continue;
    std::string S = fileStamp(F);
    if (S.empty())
      return; // Depends on something it cannot check: do not keep it.
    E["files"][F] = S;
  }
  for (const std::string &P : D.Dirs) {
    if (coveredBy(P + "/", Covered))
      continue;
    std::string S = dirStamp(P);
    if (S.empty())
      return;
    E["dirs"][P] = S;
  }
  E["findings"] = nlohmann::json::array();
  for (const Finding &F : R.Findings)
    E["findings"].push_back(toJson(F));
  E["skip"] = R.Skip;
  writeEntry(entryPath(Dir, "lint-", Key), E);
}

} // namespace hstack
