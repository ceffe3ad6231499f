//===- CheckUtil.h - Pieces the lint checks share -*- C++ -*-===//
#ifndef HSTACK_ANALYSIS_CHECKS_CHECKUTIL_H
#define HSTACK_ANALYSIS_CHECKS_CHECKUTIL_H

#include "Analysis/Checks/Check.h"

#include <map>

namespace hstack {

/// The chain from the main file to Node, each link with the line that
/// includes the next; the last link carries `LastLine` (a declaration's).
std::vector<ChainLink> chainLinks(const IncludeTree &T, int Node,
                                  unsigned LastLine);

/// Headers the main file includes itself (depth 1, not -include'd).
std::set<std::string> directIncludes(const IncludeTree &T);

/// The main file's direct include of Header (the node), or -1.
int directInclude(const IncludeTree &T, const std::string &Header);

/// Error-level diagnostics located in the package's own code: the main
/// file or one of the package's headers (not libc, not dependencies).
std::vector<const CompilerDiag *> packageErrors(const IncludeTree &T);

/// Is the node the main file or one of the package's own headers?
bool isPackageNode(const IncludeTree &T, int Node);

/// Is the node a header of the target's libc or of the compiler (its
/// resource dir), as opposed to the package's or a dependency's?
bool isLibcNode(const IncludeTree &T, int Node);

/// #include edges written in the package's own code (the main file or its
/// own headers), not -include'd: what include-level checks look at.
std::vector<int> packageIncludes(const IncludeTree &T);

/// Every #include in the package's code that found no file, on every
/// analysed target: (target facts, tree node).
std::vector<std::pair<const TargetFacts *, int>>
missingIncludes(const FileFacts &F);

/// The finding about the header an #include (tree node) names, created on
/// first use at the place of that #include in the package's code.
Finding &findingForInclude(std::map<std::string, Finding> &ByHeader,
                           const FileFacts &F, const IncludeTree &T, int Node,
                           const char *Check);

/// The finding about Name, keyed by it in ByName, created on first use at
/// Line of tree node Node (column 1).
Finding &findingAt(std::map<std::string, Finding> &ByName, const FileFacts &F,
                   const IncludeTree &T, const std::string &Name, int Node,
                   unsigned Line, const char *Check);

/// The finding about a declaration's name (a package header's typedef, a
/// config.h #define), created on first use at that declaration.
Finding &findingAtDecl(std::map<std::string, Finding> &ByName,
                       const FileFacts &F, const IncludeTree &T,
                       const Declaration &D, const char *Check);

/// A path as the user reads it: relative to the working directory when
/// below it.
std::string displayPath(const std::string &Path);

/// The file of node Node as findings name it: F.File for the main file,
/// else the header's displayPath.
std::string displayFile(const FileFacts &F, const IncludeTree &T, int Node);

/// A file of TF's tree as every target names it: "" for the main file,
/// else the header's path (node numbers differ between targets).
std::string filePath(const TargetFacts &TF, int Node);

/// Is the diagnostic an error (or fatal error)?
bool isError(const CompilerDiag &D);

/// The line where a new #include belongs for a use at `UseLine`: after the
/// last direct #include above the use, or at the top.
unsigned includeInsertLine(const IncludeTree &T, unsigned UseLine);

/// Fill the cross-target fields of a finding from its evidence: targets
/// affected/ok, Breaks, PortabilitySpecific, severity, context, and the
/// configure-time guard around its line.
void finishFinding(Finding &F, const FileFacts &Facts,
                   const std::set<std::string> &Affected);

/// "a, b and c".
std::string joinNames(const std::vector<std::string> &Names);

/// The package's compiler-style macro (`__x86_64__` from a config.h made
/// on another machine) whose conditional led to Err, in a libc header or
/// in the package's own code; "" if none (predefined-macro's reasoning).
std::string steeringMacro(const FileFacts &F, const TargetFacts &TF,
                          const CompilerDiag &Err);

/// The C identifiers in a piece of text (a condition as written, the
/// quoted parts of a message), each once.
std::set<std::string> identifiersIn(llvm::StringRef Text);

/// Does a source have `#line` directives or line markers (`# 12 "f.y"`)?
bool hasLineDirectives(const std::vector<std::string> &Lines);

/// Does a compiler message quote Name, as clang quotes identifiers and
/// types ("'iconv_t' (aka 'long')")?
bool quotesName(llvm::StringRef Message, llvm::StringRef Name);

} // namespace hstack


namespace hstack {

/// A name the file uses, and what each target makes of it.
struct UsedName {
  struct OnTarget {
    const TargetFacts *TF = nullptr;
    int Node = -1;         ///< Declaring node, when resolved.
    unsigned DeclLine = 0;
    int Home = -1;         ///< Nearest public header on the chain.
    const CompilerDiag *Diag = nullptr; ///< The failure, when broken.
  };
  std::string Name;
  NameSpace NS = NameSpace::Ordinary;
  std::string TagKeyword; ///< "struct", "union" or "enum" for a tag.
  /// As C spells it: "struct statx", "strlcpy".
  std::string spelled() const {
    return TagKeyword.empty() ? Name : TagKeyword + " " + Name;
  }
  /// A tag some target failed to find complete ("incomplete definition of
  /// type 'FILE'"): a header that provides it must define it.
  bool NeedsDefinition = false;
  std::string File;              ///< Where, when not the main file.
  unsigned Line = 0, Column = 0; ///< First use (in File, or the main file).
  std::vector<OnTarget> Resolved, Broken;
};

/// Every name the file uses from libc headers (or fails to find), keyed by
/// name, in order of first use. Computed once per file.
const std::vector<UsedName> &usedNames(const FileFacts &F,
                                       const HeaderRules &Rules);

/// A public header to include for Name, verified to expose it (in the
/// file's mode) on every target in `Need`; "" when there is none. Prefers
/// a header where the name resolves elsewhere, then one that declares it
/// itself on every target in Need, then one that only stacks it in;
/// `Declares`, when given, is cleared in that last case.
std::string findProvider(const CheckContext &Ctx, const FileFacts &F,
                         const UsedName &U,
                         const std::vector<const TargetFacts *> &Need,
                         bool *Declares = nullptr);

} // namespace hstack
#endif
