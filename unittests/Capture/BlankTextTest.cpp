//===- BlankTextTest.cpp - Directive-only and code-only views of C text ---===//
#include "Capture/DirectiveCache.h"

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
