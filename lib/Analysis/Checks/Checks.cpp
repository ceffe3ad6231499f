//===- Checks.cpp - The registry of lint checks, one line each ------------===//
#include "Analysis/Checks/Check.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace hstack {

std::unique_ptr<Check> makeImplicitIncludeCheck();
std::unique_ptr<Check> makeUnavailableApiCheck();
std::unique_ptr<Check> makeIdentifierCollisionCheck();
std::unique_ptr<Check> makeMissingLibraryCheck();
std::unique_ptr<Check> makeInternalHeaderCheck();
std::unique_ptr<Check> makePredefinedMacroCheck();
std::unique_ptr<Check> makeHostSizeofCheck();

using Factory = std::unique_ptr<Check> (*)();

static const std::vector<std::pair<std::string, Factory>> &registry() {
  static const std::vector<std::pair<std::string, Factory>> R = {
      {"implicit-include", makeImplicitIncludeCheck},
      {"unavailable-api", makeUnavailableApiCheck},
      {"identifier-collision", makeIdentifierCollisionCheck},
      {"missing-library", makeMissingLibraryCheck},
      {"internal-header", makeInternalHeaderCheck},
      {"predefined-macro", makePredefinedMacroCheck},
      {"host-sizeof", makeHostSizeofCheck},
  };
  return R;
}

const std::vector<std::string> &checkNames() {
  static const std::vector<std::string> Names = [] {
    std::vector<std::string> N;
    for (const auto &[Name, F] : registry())
      N.push_back(Name);
    return N;
  }();
  return Names;
}

TargetFacts TargetFacts::skipped(const Target *T, std::string Reason) {
  static const IncludeTree NoTree;
  static const std::vector<Declaration> NoDecls;
  static const std::vector<NameUse> NoUses;
  static const std::vector<MacroIntrusion> NoIntrusions;
  static const std::vector<MainConditional> NoConds;
  static const std::vector<SizeClaim> NoClaims;
  TargetFacts F(T, NoTree, NoDecls, NoUses, NoIntrusions, NoConds, NoClaims);
  F.Skipped = true;
  F.SkipReason = std::move(Reason);
  return F;
}

std::unique_ptr<Check> makeCheck(const std::string &Name) {
  for (const auto &[N, F] : registry())
    if (N == Name)
      return F();
  return nullptr;
}

} // namespace hstack
