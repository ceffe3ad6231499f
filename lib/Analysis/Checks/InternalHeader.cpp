//===- InternalHeader.cpp - Direct includes of implementation headers -----===//
//
// internal-header: the file includes a libc implementation header itself
// (bits/..., gnu/..., bits/uClibc_*.h, sys/cdefs.h, asm/... where a libc
// header wraps it). Which headers are internal is data (rules/headers.yaml);
// the public header to use instead is derived from the sysroots: a public
// header that includes the internal one.
//
//===----------------------------------------------------------------------===//
#include "Analysis/Checks/CheckUtil.h"

#include <algorithm>
#include <map>

namespace hstack {
namespace {

class InternalHeaderCheck : public Check {
public:
  void run(const CheckContext &Ctx, const FileFacts &F,
           std::vector<Finding> &Out) override {
    // Header -> (line, per-target presence).
    std::map<std::string, Finding> ByHeader;
    std::map<std::string, std::set<std::string>> Affected;
    for (const TargetFacts &TF : F.Targets) {
      if (TF.Skipped)
        continue;
      for (int C : packageIncludes(TF.Tree)) {
        const IncludeNode &N = TF.Tree.Nodes[C];
        HeaderClass Class = Ctx.Rules.Headers.classify(N.Header);
        bool Missing = N.Status == IncludeStatus::Missing;
        if ((!Missing && N.Origin != HeaderOrigin::Sysroot) ||
            (Class != HeaderClass::Internal &&
             Class != HeaderClass::KernelInternal))
          continue;
        // A package's copy of a kernel header (libnl3's linux-private/,
        // reached as <linux/in.h>) includes <asm/...> as the kernel's
        // own headers do: it stands in for one of them.
        if (Class == HeaderClass::KernelInternal && N.Parent > 0) {
          HeaderClass Includer =
              Ctx.Rules.Headers.classify(TF.Tree.Nodes[N.Parent].Header);
          if (Includer == HeaderClass::Kernel ||
              Includer == HeaderClass::KernelInternal)
            continue;
        }
        Finding &Fd =
            findingForInclude(ByHeader, F, TF.Tree, C, "internal-header");
        TargetEvidence E;
        E.Target = TF.T->Name;
        if (N.Status == IncludeStatus::Missing) {
          E.Breaks = true;
          E.Note = "<" + N.Header + "> does not exist on " + TF.T->Name;
        } else {
          E.Note = "<" + N.Header + "> is " +
                   (Class == HeaderClass::Internal ? "an internal header"
                                                   : "a kernel header") +
                   " of " + TF.T->Libc + " " + TF.T->Version;
          auto Users = Ctx.Oracle.includersOf(*TF.T, N.Header);
          if (!Users.empty()) {
            size_t More = Users.size() > 5 ? Users.size() - 5 : 0;
            Users.resize(Users.size() - More);
            for (std::string &U : Users)
              U = "<" + U + ">";
            if (More)
              Users.push_back(std::to_string(More) + " more");
            E.Note += "; public headers that include it: " + joinNames(Users);
          }
        }
        Affected[N.Header].insert(TF.T->Name);
        Fd.Evidence.push_back(std::move(E));
      }
    }
    for (auto &[Header, Fd] : ByHeader) {
      std::string Instead = replacement(Ctx, F, Header);
      bool Kernel = Ctx.Rules.Headers.classify(Header) ==
                    HeaderClass::KernelInternal;
      Fd.Message = "<" + Header + "> is a " + (Kernel ? "kernel" : "libc") +
                   " implementation header; " +
                   (Instead.empty() ? std::string("include the public header "
                                                  "that declares what you need")
                                    : "include <" + Instead + "> instead");
      finishFinding(Fd, F, Affected[Header]);
      // Internal everywhere is still worth fixing, but it only breaks where
      // the header is missing.
      Fd.PortabilitySpecific = Fd.Breaks;
      Out.push_back(std::move(Fd));
    }
  }

private:
  /// The public header that wraps Header: one with the same base name that
  /// includes it (bits/sched.h -> sched.h, bits/types.h -> sys/types.h), or
  /// the only public header including it (asm/unistd.h -> sys/syscall.h);
  /// none when it is shared plumbing (sys/cdefs.h, included by dozens).
  static std::string replacement(const CheckContext &Ctx, const FileFacts &F,
                                 const std::string &Header) {
    std::map<std::string, int> Votes;
    for (const TargetFacts &TF : F.Targets)
      if (!TF.Skipped)
        for (const std::string &U : Ctx.Oracle.includersOf(*TF.T, Header))
          ++Votes[U];
    std::string Base = Header.substr(Header.rfind('/') + 1);
    // A lone includer is the wrapper only near the top (sys/syscall.h for
    // asm/unistd.h); deeper it is a coincidence of the tree, not advice.
    if (Votes.size() == 1 &&
        std::count(Votes.begin()->first.begin(), Votes.begin()->first.end(),
                   '/') <= 1)
      return Votes.begin()->first;
    std::string Best;
    int BestScore = -1;
    for (auto &[H, V] : Votes) {
      std::string HB = H.substr(H.find_last_of('/') == std::string::npos
                                    ? 0
                                    : H.find_last_of('/') + 1);
      if (HB != Base)
        continue;
      int Score = V * 4 - static_cast<int>(std::count(H.begin(), H.end(), '/'));
      if (Score > BestScore) {
        Best = H;
        BestScore = Score;
      }
    }
    return Best;
  }
};

} // namespace

std::unique_ptr<Check> makeInternalHeaderCheck() {
  return std::make_unique<InternalHeaderCheck>();
}

} // namespace hstack
