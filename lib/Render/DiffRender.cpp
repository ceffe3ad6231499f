//===- DiffRender.cpp - Render side-against-side differences --------------===//
#include "Render/Json.h"
#include "Render/Render.h"

#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

#include <algorithm>

namespace hstack {

static std::string presenceText(const HeaderComparison &H, const DiffReport &R) {
  switch (H.Delta.Presence) {
  case HeaderDelta::Both:
    return "both";
  case HeaderDelta::OnlyA:
    return "only " + R.A.Label;
  case HeaderDelta::OnlyB:
    return "only " + R.B.Label;
  case HeaderDelta::Neither:
    return "neither";
  }
  return "";
}

static void nameLine(char Sign, const ExposureReport &Side, const ExposedName &E,
                     llvm::raw_ostream &OS) {
  const IncludeTree &T = Side.Tree;
  std::vector<int> Chain = T.chain(E.Node);
  OS << fmt::format("{} {:<32} {:<20} {}:{}", Sign, E.Name, kindName(E.Kind),
                    T.Nodes[E.Node].Header, E.Line);
  if (Chain.size() > 1)
    OS << "  via " << chainText(T, Chain);
  OS << '\n';
}

static void headerDetails(const DiffReport &R, const HeaderComparison &H,
                          llvm::raw_ostream &OS) {
  OS << fmt::format("--- {} {}\n+++ {} {}\n", R.A.Label, H.Header, R.B.Label,
                    H.Header);
  const HeaderDelta &D = H.Delta;
  if (D.Presence != HeaderDelta::Both) {
    OS << fmt::format("  {} exists on {}\n", H.Header,
                      D.Presence == HeaderDelta::Neither ? "neither side"
                                                         : presenceText(H, R).substr(5));
    return;
  }
  for (auto [E, Label] : {std::pair{&D.ErrorA, &R.A.Label}, {&D.ErrorB, &R.B.Label}})
    if (!E->empty())
      OS << fmt::format("  note: does not compile cleanly on {}: {}\n", *Label,
                        *E);
  if (!D.ReachedAdded.empty() || !D.ReachedRemoved.empty()) {
    OS << "@@ headers reached @@\n";
    for (int N : D.ReachedRemoved)
      OS << fmt::format("- {}  via {}\n", H.A.Tree.Nodes[N].Header,
                        chainText(H.A.Tree, H.A.Tree.chain(N)));
    for (int N : D.ReachedAdded)
      OS << fmt::format("+ {}  via {}\n", H.B.Tree.Nodes[N].Header,
                        chainText(H.B.Tree, H.B.Tree.chain(N)));
  }
  if (!D.NamesAdded.empty() || !D.NamesRemoved.empty()) {
    OS << "@@ names exposed @@\n";
    for (const ExposedName &E : D.NamesRemoved)
      nameLine('-', H.A, E, OS);
    for (const ExposedName &E : D.NamesAdded)
      nameLine('+', H.B, E, OS);
  }
  OS << fmt::format("  summary: headers +{} -{}, include edges +{} -{}, names "
                    "+{} -{}\n",
                    D.ReachedAdded.size(), D.ReachedRemoved.size(),
                    D.EdgesAdded, D.EdgesRemoved, D.NamesAdded.size(),
                    D.NamesRemoved.size());
}

static void summaryTable(const DiffReport &R, llvm::raw_ostream &OS) {
  std::vector<const HeaderComparison *> Rows;
  for (const HeaderComparison &H : R.Headers)
    Rows.push_back(&H);
  // Biggest change first; presence differences count as big; then by name.
  auto Weight = [](const HeaderComparison *H) {
    return H->Delta.Presence == HeaderDelta::Both ? H->Delta.weight()
                                                  : size_t(1) << 30;
  };
  std::stable_sort(Rows.begin(), Rows.end(), [&](auto *X, auto *Y) {
    if (Weight(X) != Weight(Y))
      return Weight(X) > Weight(Y);
    return X->Header < Y->Header;
  });
  size_t W = 6;
  for (auto *H : Rows)
    W = std::max(W, H->Header.size());
  OS << fmt::format("{:<{}}  {:<28}  {:>9}  {:>9}  {:>9}  {}\n", "HEADER", W,
                    "STATUS", "HEADERS", "EDGES", "NAMES", "NOTE");
  size_t Same = 0;
  for (auto *H : Rows) {
    const HeaderDelta &D = H->Delta;
    std::string Note;
    if (!D.ErrorA.empty())
      Note = "error on " + R.A.Label + ": " + D.ErrorA;
    else if (!D.ErrorB.empty())
      Note = "error on " + R.B.Label + ": " + D.ErrorB;
    if (!D.differs() && Note.empty()) {
      ++Same;
      continue;
    }
    auto PM = [](size_t P, size_t M) { return fmt::format("+{}/-{}", P, M); };
    if (D.Presence == HeaderDelta::Both)
      OS << fmt::format("{:<{}}  {:<28}  {:>9}  {:>9}  {:>9}{}\n", H->Header,
                        W, "both",
                        PM(D.ReachedAdded.size(), D.ReachedRemoved.size()),
                        PM(D.EdgesAdded, D.EdgesRemoved),
                        PM(D.NamesAdded.size(), D.NamesRemoved.size()),
                        Note.empty() ? "" : "  " + Note);
    else
      OS << fmt::format("{:<{}}  {:<28}  {:>9}  {:>9}  {:>9}\n", H->Header, W,
                        presenceText(*H, R), "-", "-", "-");
  }
  OS << fmt::format("{} headers compared, {} identical (not listed)\n",
                    R.Headers.size(), Same);
}

void renderDiffText(const std::vector<DiffReport> &Rs, llvm::raw_ostream &OS) {
  bool First = true;
  for (const DiffReport &R : Rs) {
    if (!First)
      OS << '\n';
    First = false;
    OS << fmt::format("== diff {} ({}) -> {} ({})\n", R.A.Label,
                      describeTarget(R.A.T), R.B.Label, describeTarget(R.B.T));
    if (!R.A.Args.empty() || !R.B.Args.empty())
      OS << fmt::format("   modes: [{}] -> [{}]\n", llvm::join(R.A.Args, " "),
                        llvm::join(R.B.Args, " "));
    if (R.AllHeaders) {
      summaryTable(R, OS);
      continue;
    }
    for (const HeaderComparison &H : R.Headers)
      headerDetails(R, H, OS);
  }
}

static OJson namesJson(const ExposureReport &Side,
                       const std::vector<ExposedName> &Names) {
  OJson A = OJson::array();
  for (const ExposedName &E : Names)
    A.push_back(OJson{{"name", E.Name},
                      {"kind", kindName(E.Kind)},
                      {"header", Side.Tree.Nodes[E.Node].Header},
                      {"line", E.Line},
                      {"chain", chainJson(Side.Tree, Side.Tree.chain(E.Node))}});
  return A;
}

static OJson reachedJson(const ExposureReport &Side, const std::vector<int> &Ns) {
  OJson A = OJson::array();
  for (int N : Ns)
    A.push_back(OJson{{"header", Side.Tree.Nodes[N].Header},
                      {"chain", chainJson(Side.Tree, Side.Tree.chain(N))}});
  return A;
}

static OJson sideJson(const DiffSide &S) {
  OJson J{{"label", S.Label}, {"target", targetJson(S.T)}, {"args", S.Args}};
  return J;
}

void renderDiffJson(const std::vector<DiffReport> &Rs, llvm::raw_ostream &OS) {
  OJson Out = OJson::array();
  for (const DiffReport &R : Rs) {
    OJson Hs = OJson::array();
    for (const HeaderComparison &H : R.Headers) {
      const HeaderDelta &D = H.Delta;
      static const char *Presence[] = {"both", "only_a", "only_b", "neither"};
      OJson J{{"header", H.Header}, {"presence", Presence[D.Presence]}};
      J["error_a"] = D.ErrorA;
      J["error_b"] = D.ErrorB;
      J["headers_added"] = reachedJson(H.B, D.ReachedAdded);
      J["headers_removed"] = reachedJson(H.A, D.ReachedRemoved);
      J["edges_added"] = D.EdgesAdded;
      J["edges_removed"] = D.EdgesRemoved;
      J["names_added"] = namesJson(H.B, D.NamesAdded);
      J["names_removed"] = namesJson(H.A, D.NamesRemoved);
      Hs.push_back(std::move(J));
    }
    Out.push_back(OJson{{"a", sideJson(R.A)},
                        {"b", sideJson(R.B)},
                        {"reserved_names_compared", R.Reserved},
                        {"headers", std::move(Hs)}});
  }
  OS << dumpJson(
            OJson{{"schema", "hstack.diff/1"}, {"comparisons", std::move(Out)}},
            2)
     << '\n';
}

} // namespace hstack
