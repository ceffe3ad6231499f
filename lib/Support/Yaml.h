//===- Yaml.h - Read a YAML file into a struct, with one clear error -*- C++ -*-===//
#ifndef HSTACK_SUPPORT_YAML_H
#define HSTACK_SUPPORT_YAML_H

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

#include <string>

namespace hstack {

/// Parse File into T with LLVM's YAML I/O (T needs MappingTraits). Any
/// problem becomes one error naming the file, the line and column, and
/// what is wrong.
template <typename T> llvm::Expected<T> readYamlFile(const std::string &File) {
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

} // namespace hstack

#endif
