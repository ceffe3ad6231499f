//===- ExposureTest.cpp - Tests for the names headers expose ----------------===//
#include "../TreeBuilder.h"
#include "Analysis/Exposure.h"

#include <gtest/gtest.h>

using namespace hstack;
using hstack::test::TreeBuilder;

namespace {
const ExposedName *find(const std::vector<ExposedName> &Names,
                        const std::string &Name, NameKind Kind) {
  for (const ExposedName &E : Names)
    if (E.Name == Name && E.Kind == Kind)
      return &E;
  return nullptr;
}
} // namespace

// glibc: <stdio.h> declares struct _IO_FILE in bits/types/FILE.h and
// defines it in bits/types/struct_FILE.h. The tag's home is where it is
// first declared; where it is defined is kept apart (the lint oracle asks
// for a definition when the code needs the type complete).
TEST(ExposureTest, TagDefinitionIsKeptApartFromItsFirstDeclaration) {
  TreeBuilder B("root.c", true);
  int Stdio = B.add(0, "stdio.h", 1);
  int Fwd = B.add(Stdio, "bits/types/FILE.h", 40);
  int Def = B.add(Stdio, "bits/types/struct_FILE.h", 43);
  std::vector<Declaration> Decls = {
      {"_IO_FILE", NameKind::Struct, Fwd, 4, "struct _IO_FILE", false},
      {"FILE", NameKind::Typedef, Fwd, 7, "typedef struct _IO_FILE FILE", true},
      {"_IO_FILE", NameKind::Struct, Def, 49, "struct _IO_FILE { ... }", true},
  };
  HeaderRules Rules; // No rules: every header is public.
  auto Names = computeExposure(B.T, Decls, Rules);
  const ExposedName *Tag = find(Names, "_IO_FILE", NameKind::Struct);
  ASSERT_NE(Tag, nullptr);
  EXPECT_EQ(Tag->Node, Fwd);
  EXPECT_EQ(Tag->Home, Fwd);
  EXPECT_EQ(Tag->DefinedHome, Def);
  EXPECT_EQ(find(Names, "FILE", NameKind::Typedef)->DefinedHome, -1);
}

// musl: <stdio.h> declares the tag and no header defines it.
TEST(ExposureTest, DeclaredOnlyTagHasNoDefinition) {
  TreeBuilder B("root.c", true);
  int Stdio = B.add(0, "stdio.h", 1);
  std::vector<Declaration> Decls = {
      {"_IO_FILE", NameKind::Struct, Stdio, 20, "struct _IO_FILE", false},
  };
  HeaderRules Rules;
  auto Names = computeExposure(B.T, Decls, Rules);
  const ExposedName *Tag = find(Names, "_IO_FILE", NameKind::Struct);
  ASSERT_NE(Tag, nullptr);
  EXPECT_EQ(Tag->Home, Stdio);
  EXPECT_EQ(Tag->DefinedHome, -1);
}

// A definition that comes first is the home and the definition at once.
TEST(ExposureTest, DefinitionFirstIsBoth) {
  TreeBuilder B("root.c", true);
  int Stat = B.add(0, "sys/stat.h", 1);
  std::vector<Declaration> Decls = {
      {"stat", NameKind::Struct, Stat, 30, "struct stat { ... }", true},
      {"stat", NameKind::Function, Stat, 90, "int stat(const char *, struct stat *)", false},
  };
  HeaderRules Rules;
  auto Names = computeExposure(B.T, Decls, Rules);
  EXPECT_EQ(find(Names, "stat", NameKind::Struct)->DefinedHome, Stat);
  EXPECT_EQ(find(Names, "stat", NameKind::Function)->DefinedHome, -1);
}
