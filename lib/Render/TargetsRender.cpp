//===- TargetsRender.cpp - Render the target list -------------------------===//
#include "Render/Json.h"
#include "Render/Render.h"

#include <fmt/format.h>

namespace hstack {

void renderTargetsText(const std::vector<Target> &Ts, llvm::raw_ostream &OS) {
  size_t W = 6, AW = 3, TW = 6;
  for (const Target &T : Ts) {
    W = std::max(W, T.Name.size());
    AW = std::max(AW, T.Abi.size());
    TW = std::max(TW, T.Triple.size());
  }
  OS << fmt::format("{:<{}}  {:<9}  {:<8}  {:<8}  {:<{}}  {:<{}}  {}\n",
                    "TARGET", W, "LIBC", "VERSION", "ARCH", "ABI", AW, "TRIPLE",
                    TW, "SYSROOT");
  for (const Target &T : Ts)
    OS << fmt::format("{:<{}}  {:<9}  {:<8}  {:<8}  {:<{}}  {:<{}}  {}\n",
                      T.Name, W, T.Libc, T.Version, T.Arch,
                      T.Abi.empty() ? "-" : T.Abi, AW, T.Triple, TW, T.Sysroot);
}

void renderTargetsJson(const std::vector<Target> &Ts, llvm::raw_ostream &OS) {
  OJson A = OJson::array();
  for (const Target &T : Ts) {
    OJson J = targetJson(T);
    J["made_by"] = T.MadeBy;
    A.push_back(std::move(J));
  }
  OS << dumpJson(
            OJson{{"schema", "hstack.targets/1"}, {"targets", std::move(A)}}, 2)
     << '\n';
}

} // namespace hstack
