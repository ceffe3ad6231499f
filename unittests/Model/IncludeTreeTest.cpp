//===- IncludeTreeTest.cpp - Tests for the include tree model -------------===//
#include "../TreeBuilder.h"

#include <gtest/gtest.h>

using namespace hstack;
using hstack::test::TreeBuilder;

TEST(IncludeTreeTest, TopIsTheHeaderUnderASyntheticRoot) {
  TreeBuilder B("root.c", /*Synthetic=*/true);
  int Sched = B.add(0, "sched.h", 1);
  B.add(Sched, "features.h", 22);
  EXPECT_EQ(B.T.top(), Sched);
  TreeBuilder F("main.c");
  F.add(0, "stdio.h", 3);
  EXPECT_EQ(F.T.top(), 0);
}

TEST(IncludeTreeTest, ChainRunsFromTopToNode) {
  TreeBuilder B("root.c", true);
  int P = B.add(0, "pthread.h", 1);
  int S = B.add(P, "sched.h", 24);
  int BS = B.add(S, "bits/sched.h", 34);
  int SL = B.add(BS, "stdlib.h", 116);
  EXPECT_EQ(B.T.chain(SL), (std::vector<int>{P, S, BS, SL}));
  EXPECT_EQ(B.T.depth(SL), 4u);
}

TEST(IncludeTreeTest, ErrorsAreOnlyErrorLevelDiags) {
  TreeBuilder B("root.c");
  EXPECT_FALSE(B.T.hasErrors());
  B.T.Diags.push_back({"warning", "a.h", 1, 1, "w"});
  EXPECT_FALSE(B.T.hasErrors());
  B.T.Diags.push_back({"fatal error", "a.h", 2, 1, "'x.h' file not found"});
  EXPECT_TRUE(B.T.hasErrors());
}

TEST(IncludeTreeTest, ConditionTextJoinsDirectiveAndExpr) {
  Condition C{"#ifdef", "__USE_GNU", 12};
  EXPECT_EQ(C.text(), "#ifdef __USE_GNU");
  Condition E{"#else", "", 14};
  EXPECT_EQ(E.text(), "#else");
}
