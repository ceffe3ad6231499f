//===- MissingLibrary.cpp - APIs that need another library or package -----===//
//
// missing-library: uses of APIs that need an extra link library on some
// targets (iconv, gettext/libintl, argp, fts, obstack, backtrace, ...), and
// headers some libcs leave to a separate package (argp.h on musl comes from
// argp-standalone). Which API lives where is data: rules/libraries.yaml,
// each entry with its source.
//
//===----------------------------------------------------------------------===//
#include "Analysis/Checks/CheckUtil.h"

#include <algorithm>
#include <map>

namespace hstack {
namespace {

bool contains(const std::vector<std::string> &V, const std::string &S) {
  return std::find(V.begin(), V.end(), S) != V.end();
}

/// "install argp-standalone, link with -largp".
std::string advice(const LibraryRule::PerLibc &P) {
  std::string A;
  if (!P.Package.empty())
    A = "install " + P.Package;
  if (!P.Link.empty())
    A += (A.empty() ? "link with " : ", link with ") + P.Link;
  if (!P.Note.empty())
    A += (A.empty() ? "" : "; ") + P.Note;
  return A;
}

class MissingLibraryCheck : public Check {
public:
  void run(const CheckContext &Ctx, const FileFacts &F,
           std::vector<Finding> &Out) override {
    headers(Ctx, F, Out);
    functions(Ctx, F, Out);
  }

private:
  void headers(const CheckContext &Ctx, const FileFacts &F,
               std::vector<Finding> &Out) {
    std::map<std::string, Finding> ByHeader;
    std::map<std::string, std::set<std::string>> Affected;
    for (auto [TFP, C] : missingIncludes(F)) {
      const TargetFacts &TF = *TFP;
      const IncludeNode &N = TF.Tree.Nodes[C];
      for (const LibraryRule &L : Ctx.Rules.Libraries) {
        const LibraryRule::PerLibc *P = L.forLibc(TF.T->Libc);
        if (!contains(L.Headers, N.Header) || !P || P->Provider != "package")
          continue;
        Finding &Fd =
            findingForInclude(ByHeader, F, TF.Tree, C, "missing-library");
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Breaks = true;
        E.Note = "<" + N.Header + "> is not part of " + TF.T->Libc + "; " +
                 advice(*P) + " (source: " + P->Source + ")";
        Fd.Evidence.push_back(std::move(E));
        Affected[N.Header].insert(TF.T->Name);
        break;
      }
    }
    for (auto &[Header, Fd] : ByHeader) {
      finishFinding(Fd, F, Affected[Header]);
      Fd.Message = "<" + Header + "> comes from a separate package on " +
                   joinNames(Fd.TargetsAffected);
      Out.push_back(std::move(Fd));
    }
  }

  void functions(const CheckContext &Ctx, const FileFacts &F,
                 std::vector<Finding> &Out) {
    for (const UsedName &U : usedNames(F, Ctx.Rules.Headers)) {
      const LibraryRule *Rule = nullptr;
      for (const LibraryRule &L : Ctx.Rules.Libraries)
        if (contains(L.Functions, U.Name))
          Rule = &L;
      if (!Rule || U.Resolved.empty())
        continue;
      Finding Fd;
      Fd.Check = "missing-library";
      Fd.File = U.File.empty() ? F.File : U.File;
      Fd.Line = U.Line;
      Fd.Column = U.Column;
      Fd.Name = U.Name;
      std::set<std::string> Affected;
      std::set<std::string> Flags;
      std::vector<std::string> Linked, Unbuilt;
      // Where the name compiles, linking may still need another library;
      // where it does not compile, that is another check's finding.
      for (const UsedName::OnTarget &Res : U.Resolved) {
        const TargetFacts &TF = *Res.TF;
        const LibraryRule::PerLibc *P = Rule->forLibc(TF.T->Libc);
        if (!P || P->Provider == "libc")
          continue;
        TargetEvidence E;
        E.Target = TF.T->Name;
        E.Note = P->Provider == "none"
                     ? "'" + U.Name + "' (" + Rule->Name + ") compiles but " +
                           TF.T->Libc + " " + TF.T->Version +
                           " provides no library for it: " + advice(*P)
                     : "'" + U.Name + "' (" + Rule->Name + ") is not in " +
                           TF.T->Libc + "'s libc: " + advice(*P);
        if (!P->Source.empty())
          E.Note += " (source: " + P->Source + ")";
        Fd.Evidence.push_back(std::move(E));
        Affected.insert(TF.T->Name);
        (P->Provider == "none" ? Unbuilt : Linked).push_back(TF.T->Name);
        if (!P->Link.empty() && P->Provider != "none")
          Flags.insert(P->Link);
      }
      if (Fd.Evidence.empty())
        continue;
      finishFinding(Fd, F, Affected);
      std::vector<std::string> FlagList(Flags.begin(), Flags.end());
      if (!Linked.empty())
        Fd.Message = "'" + U.Name + "' needs " +
                     (FlagList.empty() ? std::string("a separate library")
                                       : joinNames(FlagList)) +
                     " when linking on " + joinNames(Linked);
      if (!Unbuilt.empty())
        Fd.Message += (Fd.Message.empty() ? "'" + U.Name + "' compiles"
                                          : "; it compiles") +
                      std::string(" but no library provides it on ") +
                      joinNames(Unbuilt);
      Out.push_back(std::move(Fd));
    }
  }
};

} // namespace

std::unique_ptr<Check> makeMissingLibraryCheck() {
  return std::make_unique<MissingLibraryCheck>();
}

} // namespace hstack
