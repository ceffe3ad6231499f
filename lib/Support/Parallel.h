//===- Parallel.h - Deterministic parallel job execution -*- C++ -*-===//
//
// Jobs run on a thread pool; each result is stored at its job's index, so
// the output never depends on scheduling: -j1 and -j8 give the same bytes.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_SUPPORT_PARALLEL_H
#define HSTACK_SUPPORT_PARALLEL_H

#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"

#include <optional>
#include <vector>

namespace hstack {

/// Run Fn(I) for I in [0, N) on up to `Jobs` threads (0 = all cores) and
/// return the results in index order.
template <typename R, typename Fn>
std::vector<R> runIndexed(size_t N, unsigned Jobs, Fn &&F) {
  std::vector<std::optional<R>> Slots(N);
  if (Jobs == 1 || N <= 1) {
    for (size_t I = 0; I < N; ++I)
      Slots[I].emplace(F(I));
  } else {
    llvm::ThreadPoolStrategy S = llvm::hardware_concurrency(Jobs);
    llvm::DefaultThreadPool Pool(S);
    for (size_t I = 0; I < N; ++I)
      Pool.async([&, I] { Slots[I].emplace(F(I)); });
    Pool.wait();
  }
  std::vector<R> Out;
  Out.reserve(N);
  for (auto &S : Slots)
    Out.push_back(std::move(*S));
  return Out;
}

} // namespace hstack

#endif
