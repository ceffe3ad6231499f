//===- LintRender.cpp - Render lint findings: text, JSON, SARIF -----------===//
#include "Commands/Commands.h"
#include "Render/Json.h"
#include "Render/Render.h"

#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

#include <map>

#ifndef HSTACK_VERSION
#define HSTACK_VERSION "0.1.0"
#endif

namespace hstack {

static std::string chainString(const std::vector<ChainLink> &C) {
  std::string S;
  for (size_t I = 0; I < C.size(); ++I) {
    if (I)
      S += " -> ";
    S += C[I].Header;
    if (C[I].Line)
      S += ":" + std::to_string(C[I].Line);
  }
  return S;
}

namespace {
/// ANSI colours, or nothing.
struct Paint {
  bool On;
  std::string operator()(const char *Code, const std::string &S) const {
    return On ? std::string("\x1b[") + Code + "m" + S + "\x1b[0m" : S;
  }
};
} // namespace

static const char *sevColour(Severity S) {
  return S == Severity::Error ? "1;31" : S == Severity::Warning ? "1;35" : "1;36";
}

void renderLintText(const LintReport &R, bool Color, llvm::raw_ostream &OS) {
  Paint P{Color};
  std::map<std::string, size_t> PerCheck;
  std::map<std::string, std::map<std::string, size_t>> PerFile;
  size_t Environment = 0;
  for (const Finding &F : R.Findings) {
    ++PerFile[F.File][F.Check];
    std::string Loc = fmt::format("{}:{}:{}:", F.File, F.Line, F.Column);
    std::string Tag = F.PortabilitySpecific ? "" : " (on every target)";
    OS << P("1", Loc) << ' ' << P(sevColour(F.Sev), severityName(F.Sev))
       << ": " << P("1", F.Message + Tag) << " [hstack-" << F.Check << "]\n";
    if (F.PortabilitySpecific && !F.TargetsAffected.empty())
      OS << Loc << ' ' << P("1;36", "note") << ": affects "
         << llvm::join(F.TargetsAffected, ", ")
         << (F.TargetsOk.empty() ? ""
                                 : "; fine on " + llvm::join(F.TargetsOk, ", "))
         << '\n';
    for (const TargetEvidence &E : F.Evidence) {
      OS << Loc << ' ' << P("1;36", "note") << ": " << E.Target << ": "
         << (E.Breaks ? "breaks: " : "") << E.Note;
      if (!E.Chain.empty())
        OS << " [" << chainString(E.Chain) << "]";
      OS << '\n';
    }
    if (!F.ConfigGuard.empty())
      OS << Loc << ' ' << P("1;36", "note") << ": this code is under "
         << F.ConfigGuard
         << ", a configure-time choice made for the host; on the affected "
            "targets configure must choose the other branch\n";
    if (F.Fix)
      OS << Loc << ' ' << P("1;36", "note") << ": fix-it: insert '"
         << F.Fix->Text << "' at line " << F.Fix->Line << '\n';
    ++PerCheck[F.Check];
    Environment += F.Environment;
  }
  // Per file first, for runs over more than one; then the totals.
  if (R.Files > 1)
    for (auto &[File, Checks] : PerFile) {
      std::vector<std::string> C;
      for (auto &[Check, N] : Checks)
        C.push_back(fmt::format("{} {}", Check, N));
      OS << "hstack: " << File << ": " << llvm::join(C, ", ") << '\n';
    }
  std::vector<std::string> Counts;
  for (auto &[C, N] : PerCheck)
    Counts.push_back(fmt::format("{} {}", C, N));
  OS << fmt::format("hstack: {} file{}, {} target{} ({}); {} finding{}",
                    R.Files, R.Files == 1 ? "" : "s", R.TargetNames.size(),
                    R.TargetNames.size() == 1 ? "" : "s",
                    llvm::join(R.TargetNames, ", "), R.Findings.size(),
                    R.Findings.size() == 1 ? "" : "s");
  if (!Counts.empty())
    OS << " (" << llvm::join(Counts, ", ") << ")";
  OS << fmt::format("; {} environment problem{}; {} skipped; {} suppressed; {} "
                    "in baseline\n",
                    Environment, Environment == 1 ? "" : "s", R.Skipped.size(),
                    R.Suppressed, R.Baselined);
  for (auto &[File, Why] : R.Skipped)
    OS << "hstack: skipped " << File << ": " << Why << '\n';
}

static OJson findingJson(const Finding &F) {
  OJson Targets = OJson::array();
  for (const TargetEvidence &E : F.Evidence) {
    OJson Chain = OJson::array();
    for (const ChainLink &L : E.Chain)
      Chain.push_back(L.Header + ":" + std::to_string(L.Line));
    Targets.push_back(OJson{{"target", E.Target},
                            {"breaks", E.Breaks},
                            {"note", E.Note},
                            {"chain", std::move(Chain)}});
  }
  OJson J{{"check", F.Check},
          {"severity", severityName(F.Sev)},
          {"file", F.File},
          {"line", F.Line},
          {"column", F.Column},
          {"name", F.Name},
          {"message", F.Message},
          {"breaks", F.Breaks},
          {"portability_specific", F.PortabilitySpecific},
          {"environment", F.Environment},
          {"targets_affected", F.TargetsAffected},
          {"targets_ok", F.TargetsOk},
          {"per_target", std::move(Targets)},
          {"config_guard", F.ConfigGuard},
          {"context", F.Context}};
  if (F.Fix)
    J["fix"] = OJson{{"line", F.Fix->Line}, {"insert", F.Fix->Text}};
  return J;
}

void renderLintJson(const LintReport &R, llvm::raw_ostream &OS) {
  OJson Fs = OJson::array();
  for (const Finding &F : R.Findings)
    Fs.push_back(findingJson(F));
  OJson Skipped = OJson::array();
  for (auto &[File, Why] : R.Skipped)
    Skipped.push_back(OJson{{"file", File}, {"reason", Why}});
  OJson Files = OJson::array();
  for (auto &[File, Ts] : R.BreaksOn)
    Files.push_back(OJson{{"file", File}, {"breaks_on", Ts}});
  OS << dumpJson(OJson{{"schema", "hstack.lint/1"},
                       {"targets", R.TargetNames},
                       {"files", R.Files},
                       {"file_results", std::move(Files)},
                       {"findings", std::move(Fs)},
                       {"skipped", std::move(Skipped)},
                       {"input_errors", R.InputErrors},
                       {"suppressed", R.Suppressed},
                       {"baselined", R.Baselined}},
                 2)
     << '\n';
}

void renderLintSarif(const LintReport &R, llvm::raw_ostream &OS) {
  std::map<std::string, int> RuleIndex;
  OJson Rules = OJson::array();
  auto RuleOf = [&](const std::string &Check) {
    auto [It, New] = RuleIndex.emplace(Check, static_cast<int>(RuleIndex.size()));
    if (New)
      Rules.push_back(OJson{
          {"id", "hstack-" + Check},
          {"name", Check},
          {"shortDescription", {{"text", "hstack " + Check + " check"}}},
          {"helpUri", "https://hstack.invalid/docs/checks/" + Check + ".md"}});
    return It->second;
  };
  OJson Results = OJson::array();
  for (const Finding &F : R.Findings) {
    int Idx = RuleOf(F.Check);
    std::string Text = F.Message;
    for (const TargetEvidence &E : F.Evidence) {
      Text += "\n" + E.Target + ": " + (E.Breaks ? "breaks: " : "") + E.Note;
      if (!E.Chain.empty())
        Text += " [" + chainString(E.Chain) + "]";
    }
    OJson Res{
        {"ruleId", "hstack-" + F.Check},
        {"ruleIndex", Idx},
        {"level", F.Sev == Severity::Error     ? "error"
                  : F.Sev == Severity::Warning ? "warning"
                                               : "note"},
        {"message", {{"text", Text}}},
        {"locations",
         OJson::array({{{"physicalLocation",
                         {{"artifactLocation", {{"uri", F.File}}},
                          {"region",
                           {{"startLine", std::max(1u, F.Line)},
                            {"startColumn", std::max(1u, F.Column)}}}}}}})},
        {"partialFingerprints",
         {{"hstackFinding/v1",
           F.Check + ":" + F.Name + ":" + F.Context}}},
        {"properties",
         {{"targetsAffected", F.TargetsAffected},
          {"targetsOk", F.TargetsOk},
          {"portabilitySpecific", F.PortabilitySpecific}}}};
    Results.push_back(std::move(Res));
  }
  OJson Run{{"tool",
             {{"driver",
               {{"name", "hstack"},
                {"version", HSTACK_VERSION},
                {"informationUri", "https://hstack.invalid/"},
                {"rules", std::move(Rules)}}}}},
            {"results", std::move(Results)}};
  OS << dumpJson(
            OJson{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                  {"version", "2.1.0"},
                  {"runs", OJson::array({std::move(Run)})}},
            2)
     << '\n';
}

} // namespace hstack
