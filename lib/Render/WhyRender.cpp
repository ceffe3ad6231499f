//===- WhyRender.cpp - Render "how does NAME get here" answers ------------===//
#include "Render/Json.h"
#include "Render/Render.h"

#include <fmt/format.h>

namespace hstack {

std::string chainText(const IncludeTree &T, const std::vector<int> &C) {
  std::string S;
  for (size_t I = 0; I < C.size(); ++I) {
    if (I)
      S += " -> ";
    S += T.Nodes[C[I]].Header;
    if (I + 1 < C.size())
      S += ":" + std::to_string(T.Nodes[C[I + 1]].Line);
  }
  return S;
}

OJson chainJson(const IncludeTree &T, const std::vector<int> &C) {
  OJson A = OJson::array();
  for (size_t I = 0; I < C.size(); ++I) {
    const IncludeNode &N = T.Nodes[C[I]];
    A.push_back(OJson{{"header", N.Header},
                      {"path", N.Path},
                      {"line", I + 1 < C.size() ? T.Nodes[C[I + 1]].Line : 0}});
  }
  return A;
}

void renderWhyText(const std::vector<WhyReport> &Rs, llvm::raw_ostream &OS) {
  bool First = true;
  for (const WhyReport &R : Rs) {
    if (!First)
      OS << '\n';
    First = false;
    OS << fmt::format("== {} ({}): {} from {}\n", R.T.Name, describeTarget(R.T),
                      R.Name, R.From);
    if (!R.Error.empty()) {
      OS << "  error: " << R.Error << '\n';
      continue;
    }
    if (R.Hits.empty()) {
      OS << fmt::format("  {} is not reachable from {} on {}\n", R.Name, R.From,
                        R.T.Name);
      if (R.Tree.hasErrors())
        OS << fmt::format("  note: {} does not compile cleanly there: {}\n",
                          R.From, R.Tree.Diags.front().Message);
      continue;
    }
    for (const WhyHit &H : R.Hits) {
      OS << "  " << chainText(R.Tree, H.Chain);
      if (H.Status == IncludeStatus::Skipped)
        OS << " (skipped: already included)";
      else if (H.Status == IncludeStatus::NotEntered)
        OS << " (not entered)";
      OS << '\n';
      if (H.Decl)
        OS << fmt::format("    {}:{}: {}: {}\n",
                          R.Tree.Nodes[H.Decl->Node].Header, H.Decl->Line,
                          kindName(H.Decl->Kind), H.Decl->Text);
    }
  }
}

void renderWhyJson(const std::vector<WhyReport> &Rs, llvm::raw_ostream &OS) {
  OJson A = OJson::array();
  for (const WhyReport &R : Rs) {
    OJson J;
    J["target"] = targetJson(R.T);
    J["from"] = R.From;
    J["name"] = R.Name;
    J["kind"] = R.IsHeader ? "header" : "identifier";
    if (!R.Error.empty()) {
      J["error"] = R.Error;
      A.push_back(std::move(J));
      continue;
    }
    J["reachable"] = !R.Hits.empty();
    OJson Hits = OJson::array();
    for (const WhyHit &H : R.Hits) {
      OJson HJ;
      HJ["chain"] = chainJson(R.Tree, H.Chain);
      HJ["skipped"] = H.Status == IncludeStatus::Skipped;
      if (H.Decl)
        HJ["declaration"] = OJson{{"kind", kindName(H.Decl->Kind)},
                                  {"header", R.Tree.Nodes[H.Decl->Node].Header},
                                  {"line", H.Decl->Line},
                                  {"text", H.Decl->Text}};
      Hits.push_back(std::move(HJ));
    }
    J["hits"] = std::move(Hits);
    A.push_back(std::move(J));
  }
  OS << dumpJson(OJson{{"schema", "hstack.why/1"}, {"answers", std::move(A)}},
                 2)
     << '\n';
}

} // namespace hstack
