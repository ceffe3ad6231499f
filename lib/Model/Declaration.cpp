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

std::string nameKey(NameSpace NS, const std::string &Name) {
  return std::to_string(static_cast<int>(NS)) + ":" + Name;
}

std::string nameOfKey(const std::string &Key) {
  return Key.substr(Key.find(':') + 1);
}

std::string defineFlag(const Declaration &Macro) {
  std::string Def = Macro.Text;
  auto Trim = [](std::string S) {
    size_t B = S.find_first_not_of(' '), E = S.find_last_not_of(' ');
    return B == std::string::npos ? std::string() : S.substr(B, E - B + 1);
  };
  if (Def.rfind("#define", 0) == 0)
    Def = Def.substr(7);
  Def = Trim(Def);
  size_t Sp = Def.find(' ');
  std::string Name = Def.substr(0, Sp);
  std::string Value = Sp == std::string::npos ? "" : Trim(Def.substr(Sp + 1));
  return "-D" + Name + (Value.empty() ? "" : "=" + Value);
}

} // namespace hstack
