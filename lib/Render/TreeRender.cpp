//===- TreeRender.cpp - Render include trees as text, JSON and DOT --------===//
#include "Render/Render.h"
#include "Support/Parallel.h"
#include "Render/Json.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace hstack {

std::string describeTarget(const Target &T) {
  return fmt::format("{} {}, {}", T.Libc, T.Version, T.Triple);
}

static std::string joinConditions(const IncludeNode &N) {
  std::string S;
  for (const Condition &C : N.Conditions) {
    S += S.empty() ? "[" : "] [";
    S += C.text();
  }
  return S.empty() ? S : S + "]";
}

static std::string nodeMarks(const IncludeTree &T, const IncludeNode &N) {
  std::string M;
  if (N.Status == IncludeStatus::Skipped)
    M += " (skipped: already included)";
  if (N.Status == IncludeStatus::Missing)
    M += " (not found)";
  if (N.Cycle)
    M += " (cycle)";
  if (N.Status == IncludeStatus::NotEntered)
    M += " (not entered)";
  if (N.IncludeNext)
    M += " (include_next)";
  if (N.Forced)
    M += " (-include)";
  if (N.Origin == HeaderOrigin::Compiler)
    M += " <compiler>";
  else if ((N.Origin == HeaderOrigin::Other ||
            N.Origin == HeaderOrigin::Dependency) &&
           N.Parent >= 0 &&
           N.Status != IncludeStatus::Missing)
    M += " <" + N.Path + ">";
  // Only where the __need_ set changes: inside stddef.h it just shrinks.
  bool SameAsParent = N.Parent >= 0 && T.Nodes[N.Parent].Needs == N.Needs;
  if (!N.Needs.empty() && !SameAsParent) {
    M += " (with";
    for (const std::string &Need : N.Needs)
      M += " " + Need;
    M += ")";
  }
  std::string C = joinConditions(N);
  if (!C.empty())
    M += "  " + C;
  return M;
}

static void textNode(const IncludeTree &T, int Id, unsigned Depth,
                     llvm::raw_ostream &OS) {
  const IncludeNode &N = T.Nodes[Id];
  OS << std::string(2 * Depth, ' ');
  if (Depth > 0)
    OS << N.Line << ' ';
  OS << N.Header << nodeMarks(T, N) << '\n';
  for (int C : N.Children)
    textNode(T, C, Depth + 1, OS);
}

static void textDiags(const IncludeTree &T, llvm::raw_ostream &OS) {
  for (const CompilerDiag &D : T.Diags)
    OS << fmt::format("  {}:{}:{}: {}: {}\n", D.File, D.Line, D.Column,
                      D.Level, D.Message);
}

void renderTreesText(const std::vector<TreeReport> &Rs, llvm::raw_ostream &OS) {
  bool First = true;
  for (const TreeReport &R : Rs) {
    if (!First)
      OS << '\n';
    First = false;
    OS << fmt::format("== {} ({}): {}\n", R.T.Name, describeTarget(R.T),
                      R.Input);
    if (!R.Error.empty()) {
      OS << "  error: " << R.Error << '\n';
      continue;
    }
    const IncludeTree &T = R.Tree;
    int Top = T.top();
    textNode(T, Top, 0, OS);
    // Forced includes of a synthetic root sit beside the top header.
    if (T.SyntheticRoot)
      for (int C : T.Nodes[0].Children)
        if (C != Top)
          textNode(T, C, 0, OS);
    if (!T.Diags.empty()) {
      OS << "compiler diagnostics:\n";
      textDiags(T, OS);
    }
  }
}

static OJson jsonNode(const TreeReport &R, int Id) {
  const IncludeNode &N = R.Tree.Nodes[Id];
  OJson J;
  J["header"] = N.Header;
  J["spelled"] = N.Spelled;
  J["path"] = N.Path;
  if (N.Origin == HeaderOrigin::Sysroot)
    J["sysroot_path"] =
        "/" + llvm::StringRef(N.Path)
                  .substr(R.T.Sysroot.size())
                  .ltrim('/')
                  .str();
  J["include_dir"] = N.IncludeDir;
  J["origin"] = originName(N.Origin);
  J["line"] = N.Line;
  J["status"] = statusName(N.Status);
  J["skipped"] = N.Status == IncludeStatus::Skipped;
  J["missing"] = N.Status == IncludeStatus::Missing;
  J["include_next"] = N.IncludeNext;
  J["forced"] = N.Forced;
  J["cycle"] = N.Cycle;
  J["reentered"] = N.Reentered;
  OJson Conds = OJson::array();
  for (const Condition &C : N.Conditions)
    Conds.push_back(OJson{{"directive", C.Directive},
                          {"expr", C.Expr},
                          {"line", C.Line},
                          {"text", C.text()}});
  J["conditions"] = std::move(Conds);
  J["needs"] = N.Needs;
  OJson Kids = OJson::array();
  for (int C : N.Children)
    Kids.push_back(jsonNode(R, C));
  J["children"] = std::move(Kids);
  return J;
}

void dumpDocument(llvm::raw_ostream &OS, const std::string &Schema,
                  const std::string &Key, size_t N,
                  const std::function<OJson(size_t)> &Item) {
  // dump(2) of each item alone, then indented two levels deeper: the same
  // bytes the whole document's dump(2) gives (no JSON string holds a raw
  // newline).
  std::vector<std::string> Items = runIndexed<std::string>(
      N, 0, [&](size_t I) { return dumpJson(Item(I), 2); });
  OS << "{\n  \"schema\": " << dumpJson(OJson(Schema)) << ",\n  "
     << dumpJson(OJson(Key)) << ": ";
  if (Items.empty()) {
    OS << "[]\n}\n";
    return;
  }
  OS << "[\n";
  for (size_t I = 0; I < Items.size(); ++I) {
    OS << "    ";
    llvm::StringRef Rest(Items[I]);
    while (!Rest.empty()) {
      auto [Line, Tail] = Rest.split('\n');
      OS << Line;
      if (Tail.data() != nullptr && Rest.size() > Line.size())
        OS << "\n    ";
      Rest = Tail;
    }
    OS << (I + 1 < Items.size() ? ",\n" : "\n");
  }
  OS << "  ]\n}\n";
}

OJson targetJson(const Target &T) {
  return OJson{{"name", T.Name},       {"libc", T.Libc},
               {"version", T.Version}, {"arch", T.Arch},
               {"abi", T.Abi},         {"triple", T.Triple},
               {"sysroot", T.Sysroot}, {"cflags", T.CFlags},
               {"origin", T.Origin}};
}

static OJson diagsJson(const IncludeTree &T) {
  OJson A = OJson::array();
  for (const CompilerDiag &D : T.Diags)
    A.push_back(OJson{{"level", D.Level},
                      {"file", D.File},
                      {"line", D.Line},
                      {"column", D.Column},
                      {"message", D.Message}});
  return A;
}

void renderTreesJson(const std::vector<TreeReport> &Rs, llvm::raw_ostream &OS) {
  dumpDocument(OS, "hstack.tree/1", "trees", Rs.size(), [&](size_t I) {
    const TreeReport &R = Rs[I];
    OJson J;
    J["target"] = targetJson(R.T);
    J["input"] = R.Input;
    if (!R.Error.empty()) {
      J["error"] = R.Error;
    } else {
      J["root"] = jsonNode(R, R.Tree.top());
      OJson Forced = OJson::array();
      if (R.Tree.SyntheticRoot)
        for (int C : R.Tree.Nodes[0].Children)
          if (C != R.Tree.top())
            Forced.push_back(jsonNode(R, C));
      J["forced_includes"] = std::move(Forced);
      J["diagnostics"] = diagsJson(R.Tree);
    }
    return J;
  });
}

static std::string dotEscape(const std::string &S) {
  std::string O;
  for (char C : S) {
    if (C == '"' || C == '\\')
      O += '\\';
    O += C;
  }
  return O;
}

void renderTreesDot(const std::vector<TreeReport> &Rs, llvm::raw_ostream &OS) {
  OS << "digraph hstack {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n  edge [fontsize=9];\n";
  for (size_t I = 0; I < Rs.size(); ++I) {
    const TreeReport &R = Rs[I];
    OS << fmt::format("  subgraph cluster_{} {{\n    label=\"{}: {}\";\n", I,
                      dotEscape(R.T.Name), dotEscape(R.Input));
    if (!R.Error.empty()) {
      OS << fmt::format("    t{}_error [label=\"{}\", color=red];\n  }}\n", I,
                        dotEscape(R.Error));
      continue;
    }
    // One graph node per distinct header; one edge per distinct include.
    std::map<std::string, unsigned> Ids;
    auto Id = [&](const IncludeNode &N) {
      std::string Key = N.Path.empty() ? "missing:" + N.Header : N.Path;
      auto [It, New] = Ids.emplace(Key, Ids.size());
      if (New) {
        std::string Style = N.Status == IncludeStatus::Missing
                                ? ", color=red, style=dashed"
                            : N.Origin == HeaderOrigin::Compiler
                                ? ", color=gray40"
                                : "";
        OS << fmt::format("    t{}_n{} [label=\"{}\"{}];\n", I, It->second,
                          dotEscape(N.Header), Style);
      }
      return It->second;
    };
    std::set<std::tuple<unsigned, unsigned, unsigned>> Edges;
    const IncludeTree &T = R.Tree;
    Id(T.Nodes[T.top()]);
    for (size_t K = 0; K < T.Nodes.size(); ++K) {
      const IncludeNode &N = T.Nodes[K];
      if (N.Parent < 0 || (T.SyntheticRoot && N.Parent == 0))
        continue;
      unsigned From = Id(T.Nodes[N.Parent]), To = Id(N);
      if (!Edges.insert({From, To, N.Line}).second)
        continue;
      std::string Label = std::to_string(N.Line);
      for (const Condition &C : N.Conditions)
        Label += "\\n" + dotEscape(C.text());
      OS << fmt::format("    t{}_n{} -> t{}_n{} [label=\"{}\"{}];\n", I, From,
                        I, To, Label,
                        N.Status != IncludeStatus::Entered ? ", style=dashed"
                                                           : "");
    }
    OS << "  }\n";
  }
  OS << "}\n";
}

} // namespace hstack
