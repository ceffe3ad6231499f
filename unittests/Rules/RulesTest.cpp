//===- RulesTest.cpp - Tests for loading rules/*.yaml ---------------------===//
#include "Rules/Rules.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace hstack;

TEST(RulesTest, ShippedHeaderRulesClassify) {
  auto R = loadHeaderRules(HSTACK_SOURCE_RULES_DIR);
  ASSERT_TRUE(bool(R)) << llvm::toString(R.takeError());
  EXPECT_FALSE(R->Entries.empty());
  EXPECT_EQ(R->classify("bits/types.h"), HeaderClass::Internal);
  EXPECT_EQ(R->classify("bits/uClibc_stdio.h"), HeaderClass::Internal);
  EXPECT_EQ(R->classify("gnu/stubs.h"), HeaderClass::Internal);
  EXPECT_EQ(R->classify("sys/cdefs.h"), HeaderClass::Internal);
  EXPECT_EQ(R->classify("linux/types.h"), HeaderClass::Kernel);
  EXPECT_EQ(R->classify("asm/unistd.h"), HeaderClass::KernelInternal);
  EXPECT_EQ(R->classify("stdio.h"), HeaderClass::Public);
  EXPECT_EQ(R->classify("sys/types.h"), HeaderClass::Public);
}

/// Write Text to a fresh rules dir and try to load it.
static llvm::Expected<HeaderRules> loadText(llvm::StringRef Text,
                                            std::string &Dir) {
  llvm::SmallString<128> D;
  EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("hstack-rules", D));
  Dir = std::string(D);
  llvm::SmallString<128> F(D);
  llvm::sys::path::append(F, "headers.yaml");
  std::error_code EC;
  llvm::raw_fd_ostream OS(F, EC);
  OS << Text;
  OS.close();
  return loadHeaderRules(Dir);
}

TEST(RulesTest, BadRulesNameTheFileAndProblem) {
  std::string Dir;
  auto R = loadText("headers:\n  - pattern: 'bits/*'\n    class: secret\n", Dir);
  ASSERT_FALSE(bool(R));
  std::string Msg = llvm::toString(R.takeError());
  EXPECT_NE(Msg.find(Dir + "/headers.yaml"), std::string::npos) << Msg;
  EXPECT_NE(Msg.find("unknown class 'secret'"), std::string::npos) << Msg;

  auto S = loadText("headers: [ {pattern: 'x'\n", Dir);
  ASSERT_FALSE(bool(S));
  Msg = llvm::toString(S.takeError());
  EXPECT_NE(Msg.find("headers.yaml:"), std::string::npos) << Msg;

  auto T = loadText("nothing: here\n", Dir);
  ASSERT_FALSE(bool(T));
  Msg = llvm::toString(T.takeError());
  EXPECT_NE(Msg.find("headers.yaml"), std::string::npos) << Msg;

  auto Missing = loadHeaderRules(Dir + "/nope");
  ASSERT_FALSE(bool(Missing));
  Msg = llvm::toString(Missing.takeError());
  EXPECT_NE(Msg.find("cannot read"), std::string::npos) << Msg;
}

TEST(RulesTest, ApiBreaksOnly) {
  auto R = loadLintRules(HSTACK_SOURCE_RULES_DIR);
  ASSERT_TRUE(bool(R)) << llvm::toString(R.takeError());
  bool Seen = false;
  for (const ApiRule &A : R->Apis) {
    if (A.Name == "iconv_t") {
      Seen = true;
      EXPECT_TRUE(A.BreaksOnly);
    }
    if (A.Name == "strerror_r")
      EXPECT_FALSE(A.BreaksOnly);
  }
  EXPECT_TRUE(Seen);

  // Only a semantics note can be breaks-only; the error names the file.
  llvm::SmallString<128> D;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("hstack-rules", D));
  for (const char *F : {"headers.yaml", "libraries.yaml"}) {
    llvm::SmallString<256> From(HSTACK_SOURCE_RULES_DIR), To(D);
    llvm::sys::path::append(From, F);
    llvm::sys::path::append(To, F);
    ASSERT_FALSE(llvm::sys::fs::copy_file(From, To));
  }
  llvm::SmallString<256> Apis(D);
  llvm::sys::path::append(Apis, "apis.yaml");
  std::error_code EC;
  llvm::raw_fd_ostream OS(Apis, EC);
  OS << "apis:\n  - name: f\n    kind: added-in\n    source: x\n"
        "    breaks-only: true\n";
  OS.close();
  auto Bad = loadLintRules(std::string(D));
  ASSERT_FALSE(bool(Bad));
  std::string Msg = llvm::toString(Bad.takeError());
  EXPECT_NE(Msg.find("apis.yaml"), std::string::npos) << Msg;
  EXPECT_NE(Msg.find("breaks-only is for kind semantics"), std::string::npos)
      << Msg;
}
