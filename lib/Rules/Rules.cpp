//===- Rules.cpp - libc knowledge loaded from rules/*.yaml ----------------===//
#include "Rules/Rules.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

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
} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(RawHeaderEntry)

namespace llvm::yaml {
template <> struct MappingTraits<RawHeaderEntry> {
  static void mapping(IO &Io, RawHeaderEntry &E) {
    Io.mapRequired("pattern", E.Pattern);
    Io.mapRequired("class", E.Class);
  }
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

/// Parse a YAML file into T, turning any parse error into one line that
/// names the file, line and problem.
template <typename T>
static llvm::Expected<T> readYaml(const std::string &File) {
  auto Buf = llvm::MemoryBuffer::getFile(File);
  if (!Buf)
    return llvm::createStringError("%s: cannot read: %s", File.c_str(),
                                   Buf.getError().message().c_str());
  std::string Err;
  auto Handler = [](const llvm::SMDiagnostic &D, void *Ctx) {
    auto *E = static_cast<std::string *>(Ctx);
    if (E->empty())
      *E = std::to_string(D.getLineNo()) + ":" +
           std::to_string(D.getColumnNo() + 1) + ": " + D.getMessage().str();
  };
  T Value;
  llvm::yaml::Input In((*Buf)->getBuffer(), nullptr, Handler, &Err);
  In >> Value;
  if (In.error())
    return llvm::createStringError("%s:%s", File.c_str(),
                                   Err.empty() ? " malformed YAML" : Err.c_str());
  return Value;
}

llvm::Expected<HeaderRules> loadHeaderRules(const std::string &Dir) {
  llvm::SmallString<256> File(Dir);
  llvm::sys::path::append(File, "headers.yaml");
  std::string F(File);
  auto Raw = readYaml<RawHeaderRules>(F);
  if (!Raw)
    return Raw.takeError();
  HeaderRules R;
  for (const RawHeaderEntry &E : Raw->Headers) {
    HeaderClass C;
    if (E.Class == "internal")
      C = HeaderClass::Internal;
    else if (E.Class == "kernel")
      C = HeaderClass::Kernel;
    else if (E.Class == "public")
      C = HeaderClass::Public;
    else
      return llvm::createStringError(
          "%s: unknown class '%s' for pattern '%s' (expected internal, "
          "kernel or public)",
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

} // namespace hstack
