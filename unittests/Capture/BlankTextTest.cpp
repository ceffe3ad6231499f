//===- BlankTextTest.cpp - Directive-only and code-only views, line starts ===//
#include "Capture/DirectiveCache.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/Support/MemoryBuffer.h"

#include <gtest/gtest.h>

using namespace hstack;

namespace {

const char *Source = "#ifndef G /* guard */\n"
                     "#define G 1\n"
                     "#ifdef __cplusplus\n"
                     "extern \"C\" {\n"
                     "#endif\n"
                     "/* a comment\n"
                     "#define NOT_A_DIRECTIVE\n"
                     "*/ int x; // # not one either\n"
                     "#define LONG(a) \\\n"
                     "  ((a) + 1)\n"
                     "char *s = \"# no\";\n"
                     "  #  endif\n";

TEST(BlankText, KeepsDirectivesLinesAndSize) {
  std::string Out = blankNonDirectives(Source);
  ASSERT_EQ(Out.size(), std::string(Source).size());
  EXPECT_EQ(Out, "#ifndef G /* guard */\n"
                 "#define G 1\n"
                 "#ifdef __cplusplus\n"
                 "            \n"
                 "#endif\n"
                 "            \n"
                 "                       \n"
                 "                             \n"
                 "#define LONG(a) \\\n"
                 "  ((a) + 1)\n"
                 "                 \n"
                 "  #  endif\n");
}

TEST(BlankText, CodeViewDropsDirectivesAndComments) {
  std::string Out = blankText(Source, /*KeepDirectives=*/false);
  ASSERT_EQ(Out.size(), std::string(Source).size());
  EXPECT_EQ(Out, "                     \n"
                 "           \n"
                 "                  \n"
                 "extern \"C\" {\n"
                 "      \n"
                 "            \n"
                 "                       \n"
                 "   int x;                    \n"
                 "                 \n"
                 "           \n"
                 "char *s = \"# no\";\n"
                 "          \n");
}

} // namespace

// The recorder's line numbers come from lineStarts where Clang would use
// its own table: they must agree, whatever the line ends.
TEST(LineStarts, AgreeWithClangs) {
  for (llvm::StringRef Text :
       {llvm::StringRef(""), llvm::StringRef("one line, no end"),
        llvm::StringRef("a\nb\n\nc"), llvm::StringRef("a\r\nb\r\n\r\nc\r\n"),
        llvm::StringRef("lone\rcr\r\rend"), llvm::StringRef("mixed\n\r\n\r\n\rx"),
        llvm::StringRef("\n\n\n"), llvm::StringRef("\r\n")}) {
    llvm::BumpPtrAllocator Alloc;
    auto Buf = llvm::MemoryBuffer::getMemBuffer(Text, "t", false);
    auto Clang = clang::SrcMgr::LineOffsetMapping::get(*Buf, Alloc);
    std::vector<unsigned> Ours = lineStarts(Text);
    EXPECT_EQ(std::vector<unsigned>(Clang.begin(), Clang.end()), Ours)
        << "text: " << llvm::StringRef(Text).str();
  }
}
