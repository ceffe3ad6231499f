//===- WhyTest.cpp - Tests for why: chains to headers and declarations ----===//
#include "../TreeBuilder.h"
#include "Analysis/Why.h"

#include <gtest/gtest.h>

using namespace hstack;
using hstack::test::TreeBuilder;

TEST(WhyTest, HeaderNamesAreRecognised) {
  EXPECT_TRUE(isHeaderName("stdlib.h"));
  EXPECT_TRUE(isHeaderName("bits/sched.h"));
  EXPECT_TRUE(isHeaderName("<stdio.h>"));
  EXPECT_FALSE(isHeaderName("abs"));
  EXPECT_FALSE(isHeaderName("va_list"));
}

TEST(WhyTest, EnteredChainsComeBeforeSkippedReinclusions) {
  TreeBuilder B("root.c", true);
  int Stdio = B.add(0, "stdio.h", 1);
  int Skipped = B.add(Stdio, "stdlib.h", 10, IncludeStatus::Skipped);
  int Mutex = B.add(Stdio, "bits/uClibc_mutex.h", 20);
  int Entered = B.add(Mutex, "stdlib.h", 5);
  auto Hits = whyHeader(B.T, "<stdlib.h>");
  ASSERT_EQ(Hits.size(), 2u);
  EXPECT_EQ(Hits[0].Chain, (std::vector<int>{Stdio, Mutex, Entered}));
  EXPECT_EQ(Hits[0].Status, IncludeStatus::Entered);
  EXPECT_EQ(Hits[1].Chain, (std::vector<int>{Stdio, Skipped}));
  EXPECT_EQ(Hits[1].Status, IncludeStatus::Skipped);
}

TEST(WhyTest, MissingHeadersAreNotAnswers) {
  TreeBuilder B("root.c", true);
  int Top = B.add(0, "a.h", 1);
  B.add(Top, "nope.h", 3, IncludeStatus::Missing);
  EXPECT_TRUE(whyHeader(B.T, "nope.h").empty());
}

TEST(WhyTest, IdentifiersAreFoundAtEveryDeclarationInTreeOrder) {
  TreeBuilder B("root.c", true);
  int P = B.add(0, "pthread.h", 1);
  int S = B.add(P, "sched.h", 24);
  int SL = B.add(S, "stdlib.h", 116);
  std::vector<Declaration> Decls = {
      {"abs", NameKind::Function, SL, 700, "extern int abs (int __x)", false},
      {"malloc", NameKind::Function, SL, 500, "extern void *malloc", false},
      {"abs", NameKind::FunctionMacro, P, 3, "#define abs(a) a", true},
  };
  auto Hits = whyIdentifier(B.T, Decls, "abs");
  ASSERT_EQ(Hits.size(), 2u);
  EXPECT_EQ(Hits[0].Decl->Node, P);
  EXPECT_EQ(Hits[1].Chain, (std::vector<int>{P, S, SL}));
  EXPECT_EQ(Hits[1].Decl->Line, 700u);
  EXPECT_TRUE(whyIdentifier(B.T, Decls, "clone").empty());
}
