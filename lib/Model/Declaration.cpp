//===- Declaration.cpp - Names for declaration kinds ----------------------===//
#include "Model/Declaration.h"

namespace hstack {

const char *kindName(NameKind K) {
  switch (K) {
  case NameKind::Function:
    return "function";
  case NameKind::Variable:
    return "variable";
  case NameKind::Typedef:
    return "typedef";
  case NameKind::Struct:
    return "struct";
  case NameKind::Union:
    return "union";
  case NameKind::Enum:
    return "enum";
  case NameKind::Enumerator:
    return "enumerator";
  case NameKind::ObjectMacro:
    return "macro";
  case NameKind::FunctionMacro:
    return "function-like macro";
  }
  return "unknown";
}

} // namespace hstack
