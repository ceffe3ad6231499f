//===- Json.h - Shared JSON pieces of the renderers -*- C++ -*-===//
#ifndef HSTACK_RENDER_JSON_H
#define HSTACK_RENDER_JSON_H

#include "Model/IncludeTree.h"
#include "Model/Target.h"

#include <nlohmann/json.hpp>

namespace hstack {

/// Keys keep insertion order, so the documented order is the printed one.
using OJson = nlohmann::ordered_json;

/// A target as every JSON document describes it.
OJson targetJson(const Target &T);

/// A chain as [{header, path, line}], line = where the next one is included.
OJson chainJson(const IncludeTree &T, const std::vector<int> &Chain);

} // namespace hstack

#endif
