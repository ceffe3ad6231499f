//===- IncludeTree.cpp - Queries over the include stack model -------------===//
#include "Model/IncludeTree.h"

#include <algorithm>

namespace hstack {

std::string Condition::text() const {
  if (Expr.empty())
    return Directive;
  return Directive + " " + Expr;
}

const char *originName(HeaderOrigin O) {
  switch (O) {
  case HeaderOrigin::Main:
    return "main";
  case HeaderOrigin::Sysroot:
    return "sysroot";
  case HeaderOrigin::Compiler:
    return "compiler";
  case HeaderOrigin::Dependency:
    return "dependency";
  case HeaderOrigin::Other:
    return "other";
  }
  return "other";
}

const char *statusName(IncludeStatus S) {
  switch (S) {
  case IncludeStatus::Entered:
    return "entered";
  case IncludeStatus::Skipped:
    return "skipped";
  case IncludeStatus::Missing:
    return "missing";
  case IncludeStatus::NotEntered:
    return "not-entered";
  }
  return "entered";
}

int IncludeTree::top() const {
  if (!SyntheticRoot || Nodes.empty())
    return 0;
  int Top = 0;
  for (int C : Nodes[0].Children) {
    if (Nodes[C].Forced)
      continue;
    if (Top)
      return 0; // Several headers: the synthetic root stands for them all.
    Top = C;
  }
  return Top;
}

unsigned IncludeTree::depth(int Node) const {
  unsigned D = 0;
  for (int N = Node; N >= 0 && Nodes[N].Parent >= 0; N = Nodes[N].Parent)
    ++D;
  return D;
}

std::vector<int> IncludeTree::chain(int Node) const {
  std::vector<int> Chain;
  int Top = top();
  for (int N = Node; N >= 0; N = Nodes[N].Parent) {
    if (N == 0 && SyntheticRoot && Node != 0)
      break; // The synthetic file is never part of a chain.
    Chain.push_back(N);
    if (N == Top)
      break;
  }
  std::reverse(Chain.begin(), Chain.end());
  return Chain;
}

bool IncludeTree::hasErrors() const {
  return std::any_of(Diags.begin(), Diags.end(), [](const CompilerDiag &D) {
    return D.Level == "error" || D.Level == "fatal error";
  });
}

} // namespace hstack
