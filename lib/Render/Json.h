//===- Json.h - Shared JSON pieces of the renderers -*- C++ -*-===//
#ifndef HSTACK_RENDER_JSON_H
#define HSTACK_RENDER_JSON_H

#include "Model/IncludeTree.h"
#include "Model/Target.h"

#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace hstack {

/// Keys keep insertion order, so the documented order is the printed one.
using OJson = nlohmann::ordered_json;

/// J serialized (Indent < 0: on one line). A string that is not UTF-8 (a
/// path; captured source text is cleaned with printableUtf8 before) gets
/// U+FFFD for its bad bytes instead of the exception nlohmann throws.
inline std::string dumpJson(const OJson &J, int Indent = -1) {
  return J.dump(Indent, ' ', false, OJson::error_handler_t::replace);
}

/// A target as every JSON document describes it.
OJson targetJson(const Target &T);

/// A chain as [{header, path, line}], line = where the next one is included.
OJson chainJson(const IncludeTree &T, const std::vector<int> &Chain);

/// Write {"schema": Schema, Key: [Item(0), ..., Item(N-1)]} followed by a
/// newline, byte for byte as OJson::dump(2) prints it, with the items built
/// and serialized on all cores (big tree documents are megabytes).
void dumpDocument(llvm::raw_ostream &OS, const std::string &Schema,
                  const std::string &Key, size_t N,
                  const std::function<OJson(size_t)> &Item);

} // namespace hstack

#endif
