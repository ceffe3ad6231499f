//===- TreeRenderTest.cpp - Tests for the tree and why renderers ----------===//
#include "../TreeBuilder.h"
#include "Render/Render.h"

#include <gtest/gtest.h>

using namespace hstack;
using hstack::test::TreeBuilder;

static Target fakeTarget() {
  Target T;
  T.Name = "uclibc-ng:x86_64";
  T.Libc = "uclibc-ng";
  T.Version = "1.0.35";
  T.Triple = "x86_64-linux-gnu";
  T.Sysroot = "/sysroot";
  return T;
}

TEST(TreeRenderTest, TextIndentsWithLinesMarksAndConditions) {
  TreeBuilder B("root.c", true);
  int S = B.add(0, "sched.h", 1);
  int F = B.add(S, "features.h", 22);
  B.add(F, "features.h", 3, IncludeStatus::Skipped);
  int BS = B.add(S, "bits/sched.h", 34);
  B.T.Nodes[BS].Conditions.push_back({"#ifdef", "__USE_GNU", 33});
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  renderTreesText({TreeReport{fakeTarget(), "sched.h", B.T, ""}}, OS);
  EXPECT_EQ(OS.str(),
            "== uclibc-ng:x86_64 (uclibc-ng 1.0.35, x86_64-linux-gnu): sched.h\n"
            "sched.h\n"
            "  22 features.h\n"
            "    3 features.h (skipped: already included)\n"
            "  34 bits/sched.h  [#ifdef __USE_GNU]\n");
}

TEST(TreeRenderTest, ErrorsReplaceTheTree) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  renderTreesText({TreeReport{fakeTarget(), "error.h", {}, "not here"}}, OS);
  EXPECT_NE(OS.str().find("  error: not here\n"), std::string::npos);
}

TEST(TreeRenderTest, WhyTextShowsChainWithIncludeLines) {
  TreeBuilder B("root.c", true);
  int P = B.add(0, "pthread.h", 1);
  int S = B.add(P, "sched.h", 24);
  int BS = B.add(S, "bits/sched.h", 34);
  int SL = B.add(BS, "stdlib.h", 116);
  WhyReport R{fakeTarget(), "pthread.h", "abs", false, B.T, {}, ""};
  R.Hits.push_back({{P, S, BS, SL},
                    Declaration{"abs", NameKind::Function, SL, 713,
                                "extern int abs (int __x)", false},
                    IncludeStatus::Entered});
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  renderWhyText({R}, OS);
  EXPECT_NE(OS.str().find("  pthread.h:24 -> sched.h:34 -> bits/sched.h:116 -> "
                          "stdlib.h\n    stdlib.h:713: function: extern int "
                          "abs (int __x)\n"),
            std::string::npos)
      << OS.str();
}
