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

bool isReservedName(const std::string &Name) {
  return Name.size() >= 2 && Name[0] == '_' &&
         (Name[1] == '_' || (Name[1] >= 'A' && Name[1] <= 'Z'));
}

NameSpace nameSpaceOf(NameKind K) {
  switch (K) {
  case NameKind::Struct:
  case NameKind::Union:
  case NameKind::Enum:
    return NameSpace::Tag;
  case NameKind::ObjectMacro:
  case NameKind::FunctionMacro:
    return NameSpace::Macro;
  default:
    return NameSpace::Ordinary;
  }
}

} // namespace hstack
