//===- Rules.cpp - libc knowledge loaded from rules/*.yaml ----------------===//
#include "Rules/Rules.h"
#include "Support/Yaml.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

#include <optional>

#ifndef HSTACK_DEFAULT_RULES_DIR
#define HSTACK_DEFAULT_RULES_DIR "rules"
#endif

namespace {
struct RawHeaderEntry {
  std::string Pattern;
  std::string Class;
};
struct RawHeaderRules {
  std::vector<RawHeaderEntry> Headers;
};
struct RawPerLibc {
  std::string Provider, Package, Link, Note, Source;
};
struct RawLibc {
  std::optional<RawPerLibc> Glibc, Musl, UclibcNg;
};
struct RawLibrary {
  std::string Name;
  std::vector<std::string> Headers, Functions;
  RawLibc Libcs;
};
struct RawLibraries {
  std::vector<RawLibrary> Apis;
};
struct RawApi {
  std::string Name, Kind, Note, Replacement, Source;
  std::vector<std::string> Libcs;
  bool BreaksOnly = false;
};
struct RawApis {
  std::vector<RawApi> Apis;
};
} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(RawHeaderEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(RawLibrary)
LLVM_YAML_IS_SEQUENCE_VECTOR(RawApi)

namespace llvm::yaml {
template <> struct MappingTraits<RawHeaderEntry> {
  static void mapping(IO &Io, RawHeaderEntry &E) {
    Io.mapRequired("pattern", E.Pattern);
    Io.mapRequired("class", E.Class);
  }
};
template <> struct MappingTraits<RawPerLibc> {
  static void mapping(IO &Io, RawPerLibc &P) {
    Io.mapRequired("provider", P.Provider);
    Io.mapOptional("package", P.Package);
    Io.mapOptional("link", P.Link);
    Io.mapOptional("note", P.Note);
    Io.mapOptional("source", P.Source);
  }
  static std::string validate(IO &, RawPerLibc &P) {
    if (P.Provider != "libc" && P.Provider != "libc-lib" &&
        P.Provider != "package" && P.Provider != "none")
      return "provider must be libc, libc-lib, package or none, not '" +
             P.Provider + "'";
    if (P.Provider != "libc" && P.Source.empty())
      return "an entry whose provider is not libc needs a source";
    return "";
  }
};
template <> struct MappingTraits<RawLibc> {
  static void mapping(IO &Io, RawLibc &L) {
    Io.mapOptional("glibc", L.Glibc);
    Io.mapOptional("musl", L.Musl);
    Io.mapOptional("uclibc-ng", L.UclibcNg);
  }
};
template <> struct MappingTraits<RawLibrary> {
  static void mapping(IO &Io, RawLibrary &L) {
    Io.mapRequired("name", L.Name);
    Io.mapOptional("headers", L.Headers);
    Io.mapOptional("functions", L.Functions);
    Io.mapRequired("libcs", L.Libcs);
  }
};
template <> struct MappingTraits<RawLibraries> {
  static void mapping(IO &Io, RawLibraries &L) {
    Io.mapRequired("apis", L.Apis);
  }
};
template <> struct MappingTraits<RawApi> {
  static void mapping(IO &Io, RawApi &A) {
    Io.mapRequired("name", A.Name);
    Io.mapRequired("kind", A.Kind);
    Io.mapOptional("note", A.Note);
    Io.mapOptional("libcs", A.Libcs);
    Io.mapOptional("replacement", A.Replacement);
    Io.mapRequired("source", A.Source);
    Io.mapOptional("breaks-only", A.BreaksOnly, false);
  }
  static std::string validate(IO &, RawApi &A) {
    if (A.Kind != "semantics" && A.Kind != "added-in" &&
        A.Kind != "replacement")
      return "kind must be semantics, added-in or replacement, not '" +
             A.Kind + "'";
    if (A.BreaksOnly && A.Kind != "semantics")
      return "breaks-only is for kind semantics, not '" + A.Kind + "'";
    return "";
  }
};
template <> struct MappingTraits<RawApis> {
  static void mapping(IO &Io, RawApis &A) { Io.mapRequired("apis", A.Apis); }
};
template <> struct MappingTraits<RawHeaderRules> {
  static void mapping(IO &Io, RawHeaderRules &R) {
    Io.mapRequired("headers", R.Headers);
  }
};
} // namespace llvm::yaml

namespace hstack {

const char *headerClassName(HeaderClass C) {
  switch (C) {
  case HeaderClass::Public:
    return "public";
  case HeaderClass::Internal:
    return "internal";
  case HeaderClass::Kernel:
    return "kernel";
  case HeaderClass::KernelInternal:
    return "kernel-internal";
  }
  return "public";
}

HeaderClass HeaderRules::classify(llvm::StringRef Header) const {
  for (const Entry &E : Entries)
    if (E.Glob.match(Header))
      return E.Class;
  return HeaderClass::Public;
}

std::string defaultRulesDir() {
  if (const char *E = std::getenv("HSTACK_RULES_DIR"); E && *E)
    return E;
  return HSTACK_DEFAULT_RULES_DIR;
}

llvm::Expected<HeaderRules> loadHeaderRules(const std::string &Dir) {
  llvm::SmallString<256> File(Dir);
  llvm::sys::path::append(File, "headers.yaml");
  std::string F(File);
  auto Raw = readYamlFile<RawHeaderRules>(F);
  if (!Raw)
    return Raw.takeError();
  HeaderRules R;
  for (const RawHeaderEntry &E : Raw->Headers) {
    HeaderClass C;
    if (E.Class == "internal")
      C = HeaderClass::Internal;
    else if (E.Class == "kernel")
      C = HeaderClass::Kernel;
    else if (E.Class == "kernel-internal")
      C = HeaderClass::KernelInternal;
    else if (E.Class == "public")
      C = HeaderClass::Public;
    else
      return llvm::createStringError(
          "%s: unknown class '%s' for pattern '%s' (expected internal, "
          "kernel, kernel-internal or public)",
          F.c_str(), E.Class.c_str(), E.Pattern.c_str());
    auto Pattern = std::make_unique<const std::string>(E.Pattern);
    auto G = llvm::GlobPattern::create(*Pattern);
    if (!G)
      return llvm::createStringError("%s: bad pattern '%s': %s", F.c_str(),
                                     E.Pattern.c_str(),
                                     llvm::toString(G.takeError()).c_str());
    R.Entries.push_back({std::move(Pattern), std::move(*G), C});
  }
  return R;
}

const LibraryRule::PerLibc *LibraryRule::forLibc(const std::string &Libc) const {
  for (const auto &[L, P] : Libcs)
    if (L == Libc || (Libc == "uclibc" && L == "uclibc-ng"))
      return &P;
  return nullptr;
}

llvm::Expected<LintRules> loadLintRules(const std::string &Dir) {
  LintRules R;
  auto H = loadHeaderRules(Dir);
  if (!H)
    return H.takeError();
  R.Headers = std::move(*H);
  llvm::SmallString<256> LibFile(Dir), ApiFile(Dir);
  llvm::sys::path::append(LibFile, "libraries.yaml");
  llvm::sys::path::append(ApiFile, "apis.yaml");
  auto Libs = readYamlFile<RawLibraries>(std::string(LibFile));
  if (!Libs)
    return Libs.takeError();
  for (RawLibrary &L : Libs->Apis) {
    LibraryRule Rule;
    Rule.Name = L.Name;
    Rule.Headers = L.Headers;
    Rule.Functions = L.Functions;
    for (auto [Name, P] : {std::pair{"glibc", &L.Libcs.Glibc},
                           std::pair{"musl", &L.Libcs.Musl},
                           std::pair{"uclibc-ng", &L.Libcs.UclibcNg}})
      if (*P)
        Rule.Libcs.push_back({Name, LibraryRule::PerLibc{
                                        (*P)->Provider, (*P)->Package,
                                        (*P)->Link, (*P)->Note, (*P)->Source}});
    R.Libraries.push_back(std::move(Rule));
  }
  auto Apis = readYamlFile<RawApis>(std::string(ApiFile));
  if (!Apis)
    return Apis.takeError();
  for (RawApi &A : Apis->Apis)
    R.Apis.push_back({A.Name, A.Kind, A.Note, A.Replacement, A.Source, A.Libcs,
                      A.BreaksOnly});
  return R;
}

} // namespace hstack
