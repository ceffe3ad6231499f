//===- TreeBuilder.h - Build include trees in memory for unit tests -*- C++ -*-===//
#ifndef HSTACK_UNITTESTS_TREEBUILDER_H
#define HSTACK_UNITTESTS_TREEBUILDER_H

#include "Model/IncludeTree.h"

namespace hstack::test {

/// Appends nodes to a tree: add(parent, header, line) returns the new index.
struct TreeBuilder {
  IncludeTree T;
  explicit TreeBuilder(const std::string &Root, bool Synthetic = false) {
    IncludeNode N;
    N.Header = Root;
    N.Path = "/" + Root;
    N.Origin = HeaderOrigin::Main;
    T.Nodes.push_back(N);
    T.SyntheticRoot = Synthetic;
  }
  int add(int Parent, const std::string &Header, unsigned Line,
          IncludeStatus S = IncludeStatus::Entered) {
    IncludeNode N;
    N.Parent = Parent;
    N.Header = Header;
    N.Spelled = "<" + Header + ">";
    N.Path = "/sysroot/usr/include/" + Header;
    N.Origin = HeaderOrigin::Sysroot;
    N.Line = Line;
    N.Status = S;
    int Id = static_cast<int>(T.Nodes.size());
    T.Nodes.push_back(N);
    T.Nodes[Parent].Children.push_back(Id);
    return Id;
  }
};

} // namespace hstack::test

#endif
