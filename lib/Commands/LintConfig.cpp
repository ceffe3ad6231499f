//===- LintConfig.cpp - .hstack.yaml, baselines and inline suppressions ---===//
#include "Commands/LintConfig.h"
#include "Analysis/Checks/Check.h"
#include "Render/Json.h"
#include "Support/Yaml.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace {
struct RawCheck {
  std::string Name;
  std::optional<bool> Enabled;
  std::optional<std::string> Severity;
};
struct RawConfig {
  std::vector<std::string> Targets;
  std::vector<RawCheck> Checks;
  std::optional<std::string> Baseline;
  std::optional<std::string> FailOn;
};
} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(RawCheck)

namespace llvm::yaml {
template <> struct MappingTraits<RawCheck> {
  static void mapping(IO &Io, RawCheck &C) {
    Io.mapRequired("name", C.Name);
    Io.mapOptional("enabled", C.Enabled);
    Io.mapOptional("severity", C.Severity);
  }
};
template <> struct MappingTraits<RawConfig> {
  static void mapping(IO &Io, RawConfig &C) {
    Io.mapOptional("targets", C.Targets);
    Io.mapOptional("checks", C.Checks);
    Io.mapOptional("baseline", C.Baseline);
    Io.mapOptional("fail-on", C.FailOn);
  }
};
} // namespace llvm::yaml

namespace hstack {

std::string findConfig(const std::string &Start) {
  llvm::SmallString<256> Dir(Start);
  llvm::sys::fs::make_absolute(Dir);
  while (!Dir.empty()) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, ".hstack.yaml");
    if (llvm::sys::fs::exists(P))
      return std::string(P);
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

llvm::Expected<LintConfig> loadConfig(const std::string &File) {
  auto RawOr = readYamlFile<RawConfig>(File);
  if (!RawOr)
    return RawOr.takeError();
  RawConfig &Raw = *RawOr;
  LintConfig C;
  C.File = File;
  C.Targets = Raw.Targets;
  const auto &Known = checkNames();
  for (const RawCheck &RC : Raw.Checks) {
    if (std::find(Known.begin(), Known.end(), RC.Name) == Known.end())
      return llvm::createStringError("%s: unknown check '%s' (known: %s)",
                                     File.c_str(), RC.Name.c_str(),
                                     llvm::join(Known, ", ").c_str());
    if (RC.Enabled && !*RC.Enabled)
      C.Disabled.insert(RC.Name);
    if (RC.Severity) {
      auto S = parseSeverity(*RC.Severity);
      if (!S)
        return llvm::createStringError(
            "%s: check '%s': severity must be note, warning or error, not '%s'",
            File.c_str(), RC.Name.c_str(), RC.Severity->c_str());
      C.Severities[RC.Name] = *S;
    }
  }
  if (Raw.Baseline) {
    llvm::SmallString<256> B(llvm::sys::path::parent_path(File));
    llvm::sys::path::append(B, *Raw.Baseline);
    C.Baseline = std::string(B);
  }
  if (Raw.FailOn) {
    auto S = parseSeverity(*Raw.FailOn);
    if (!S)
      return llvm::createStringError(
          "%s: fail-on must be note, warning or error, not '%s'", File.c_str(),
          Raw.FailOn->c_str());
    C.FailOn = *S;
  }
  return C;
}

BaselineKey baselineKey(const Finding &F, const std::string &BaseDir) {
  llvm::SmallString<256> Abs(F.File), Base(BaseDir);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::fs::make_absolute(Base);
  llvm::sys::path::remove_dots(Abs, true);
  llvm::sys::path::remove_dots(Base, true);
  std::string File(Abs);
  if (llvm::StringRef(File).starts_with((Base + "/").str()))
    File = File.substr(Base.size() + 1);
  return {F.Check, File, F.Name, F.Context};
}

static constexpr const char *BaselineSchema = "hstack.baseline/1";

llvm::Expected<std::set<BaselineKey>> loadBaseline(const std::string &File) {
  auto Buf = llvm::MemoryBuffer::getFile(File);
  if (!Buf)
    return llvm::createStringError("%s: cannot read baseline: %s",
                                   File.c_str(),
                                   Buf.getError().message().c_str());
  auto J = nlohmann::json::parse((*Buf)->getBuffer().begin(),
                                 (*Buf)->getBuffer().end(), nullptr, false);
  if (J.is_discarded() || !J.is_object() || J.value("schema", "") != BaselineSchema ||
      !J.contains("findings") || !J["findings"].is_array())
    return llvm::createStringError(
        "%s: not an hstack baseline (expected a JSON object with schema "
        "\"%s\"; write one with --write-baseline)",
        File.c_str(), BaselineSchema);
  std::set<BaselineKey> Keys;
  for (const auto &E : J["findings"]) {
    if (!E.is_object() || !E.contains("check") || !E["check"].is_string())
      return llvm::createStringError("%s: malformed baseline entry",
                                     File.c_str());
    Keys.insert({E.value("check", ""), E.value("file", ""),
                 E.value("name", ""), E.value("context", "")});
  }
  return Keys;
}

llvm::Error writeBaseline(const std::string &File,
                          const std::vector<Finding> &Findings) {
  std::set<BaselineKey> Keys;
  std::string Dir = llvm::sys::path::parent_path(File).str();
  for (const Finding &F : Findings)
    Keys.insert(baselineKey(F, Dir.empty() ? "." : Dir));
  nlohmann::ordered_json A = nlohmann::ordered_json::array();
  for (const BaselineKey &K : Keys)
    A.push_back({{"check", K.Check},
                 {"file", K.File},
                 {"name", K.Name},
                 {"context", K.Context}});
  std::error_code EC;
  llvm::raw_fd_ostream OS(File, EC);
  if (EC)
    return llvm::createStringError(EC, "%s: cannot write baseline: %s",
                                   File.c_str(), EC.message().c_str());
  OS << dumpJson(nlohmann::ordered_json{{"schema", BaselineSchema},
                                        {"findings", std::move(A)}},
                 2)
     << '\n';
  return llvm::Error::success();
}

/// Does the line carry `hstack: ignore(...)` naming this check (or `*`)?
static bool ignores(llvm::StringRef Line, const std::string &Check) {
  size_t P = Line.find("hstack: ignore(");
  if (P == llvm::StringRef::npos)
    return false;
  llvm::StringRef Args = Line.substr(P + 15);
  Args = Args.take_until([](char C) { return C == ')'; });
  llvm::SmallVector<llvm::StringRef, 4> Names;
  Args.split(Names, ',');
  for (llvm::StringRef N : Names)
    if (N.trim() == Check || N.trim() == "*")
      return true;
  return false;
}

bool suppressed(const Finding &F, const std::vector<std::string> &Lines) {
  for (unsigned L : {F.Line, F.Line - 1})
    if (L >= 1 && L <= Lines.size() && ignores(Lines[L - 1], F.Check))
      return true;
  return false;
}

} // namespace hstack
