//===- CommandLine.cpp - Parse hstack's command line into option structs --===//
#include "CommandLine.h"

#include "Commands/Commands.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace hstack {
namespace {

cl::OptionCategory Cat("hstack options");

cl::SubCommand TargetsCmd("targets", "List the usable libc targets");
cl::SubCommand TreeCmd("tree", "Print the include stack of headers or files, "
                               "per target");
cl::SubCommand ExposureCmd("exposure",
                           "List every name some headers make visible, per "
                           "target, with where it is declared and the chain");
cl::SubCommand DiffCmd("diff",
                       "Compare include stacks and exposed names: two targets, "
                       "two sysroots (before/after a change), or two modes");
cl::SubCommand LintCmd("lint",
                       "Check a package (compile_commands.json) against many "
                       "libc targets at once");
cl::SubCommand WhyCmd("why", "Show every include chain by which a header or "
                             "identifier reaches a header or file");

cl::list<std::string> TargetNames(
    "target", cl::desc("Target name (repeatable), e.g. glibc:x86_64"),
    cl::value_desc("T"), cl::sub(TargetsCmd), cl::sub(TreeCmd), cl::sub(WhyCmd), cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::sub(LintCmd),
    cl::cat(Cat));
cl::list<std::string> Sysroots(
    "sysroot", cl::desc("A sysroot of your own (pair with --triple; repeatable)"),
    cl::value_desc("DIR"), cl::sub(TargetsCmd), cl::sub(TreeCmd),
    cl::sub(WhyCmd), cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::sub(LintCmd), cl::cat(Cat));
cl::list<std::string> Triples(
    "triple", cl::desc("Target triple for the matching --sysroot"),
    cl::value_desc("TRIPLE"), cl::sub(TargetsCmd), cl::sub(TreeCmd),
    cl::sub(WhyCmd), cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::sub(LintCmd), cl::cat(Cat));
cl::opt<std::string> SysrootsDir(
    "sysroots-dir",
    cl::desc("Where provisioned sysroots live (default $HSTACK_SYSROOTS or "
             "~/.cache/hstack/sysroots)"),
    cl::value_desc("DIR"), cl::sub(TargetsCmd), cl::sub(TreeCmd),
    cl::sub(WhyCmd), cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::sub(LintCmd), cl::cat(Cat));
cl::opt<std::string> ResourceDir(
    "resource-dir", cl::desc("Clang resource dir (builtin headers)"),
    cl::value_desc("DIR"), cl::sub(TargetsCmd), cl::sub(TreeCmd),
    cl::sub(WhyCmd), cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::sub(LintCmd), cl::cat(Cat));
cl::opt<std::string> Format("format", cl::desc("Output format (dot: tree only)"),
                            cl::value_desc("text|json|dot"), cl::init("text"),
                            cl::sub(TargetsCmd), cl::sub(TreeCmd),
                            cl::sub(WhyCmd), cl::sub(ExposureCmd),
                            cl::sub(DiffCmd), cl::cat(Cat));
cl::opt<std::string> LintFormat("format", cl::desc("Output format"),
                                cl::value_desc("text|json|sarif"),
                                cl::init("text"), cl::sub(LintCmd),
                                cl::cat(Cat));
cl::opt<unsigned> Jobs("j", cl::desc("Parallel jobs (0 = one per core)"), cl::Prefix,
                       cl::init(0), cl::sub(TreeCmd), cl::sub(WhyCmd),
                       cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::sub(LintCmd), cl::cat(Cat));
cl::opt<std::string> RulesDir(
    "rules-dir", cl::desc("Where rules/*.yaml live (default: the installed rules)"),
    cl::value_desc("DIR"), cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::sub(LintCmd), cl::cat(Cat));

cl::list<std::string> ExposureHeaders(cl::Positional, cl::desc("HEADER..."),
                                      cl::ZeroOrMore, cl::sub(ExposureCmd));
cl::list<std::string> DiffHeaders(cl::Positional, cl::desc("HEADER..."),
                                  cl::ZeroOrMore, cl::sub(DiffCmd));
cl::opt<std::string> BeforeSysroot("before-sysroot",
                                   cl::desc("The header tree before a change"),
                                   cl::value_desc("DIR"), cl::sub(DiffCmd),
                                   cl::cat(Cat));
cl::opt<std::string> AfterSysroot("after-sysroot",
                                  cl::desc("The header tree after a change"),
                                  cl::value_desc("DIR"), cl::sub(DiffCmd),
                                  cl::cat(Cat));
cl::list<std::string> Modes("mode",
                            cl::desc("A feature-macro mode, e.g. '-std=c11' "
                                     "or '-D_GNU_SOURCE' (give two)"),
                            cl::value_desc("ARGS"), cl::sub(DiffCmd),
                            cl::cat(Cat));
cl::opt<bool> AllHeaders("all-headers",
                         cl::desc("Compare every public header either side "
                                  "has; print a summary table"),
                         cl::sub(DiffCmd), cl::cat(Cat));
cl::opt<bool> ExposureStrict(
    "strict",
    cl::desc("Strict standard mode: -std=c11 -D_POSIX_C_SOURCE=200809L, no "
             "_GNU_SOURCE/_DEFAULT_SOURCE"),
    cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::cat(Cat));
cl::opt<bool> ExposureReserved(
    "reserved", cl::desc("Also list reserved names (_X..., __x...)"),
    cl::sub(ExposureCmd), cl::sub(DiffCmd), cl::cat(Cat));

cl::opt<std::string> BuildDir("p", cl::desc("Build dir with compile_commands.json"),
                              cl::value_desc("BUILD_DIR"), cl::Prefix,
                              cl::sub(LintCmd), cl::cat(Cat));
cl::list<std::string> LintFiles(cl::Positional, cl::desc("[FILE...]"),
                                cl::ZeroOrMore, cl::sub(LintCmd));
cl::opt<std::string> ConfigFile("config",
                                cl::desc("Config file (default: .hstack.yaml "
                                         "found upward from the sources)"),
                                cl::value_desc("FILE"), cl::sub(LintCmd),
                                cl::cat(Cat));
cl::list<std::string> LintChecks("checks", cl::desc("Only these checks"),
                                 cl::value_desc("a,b"), cl::CommaSeparated,
                                 cl::sub(LintCmd), cl::cat(Cat));
cl::opt<std::string> FailOn("fail-on",
                            cl::desc("Exit 1 on findings at or above this "
                                     "severity (default error)"),
                            cl::value_desc("note|warning|error"),
                            cl::sub(LintCmd), cl::cat(Cat));
cl::opt<std::string> BaselineOpt("baseline",
                                 cl::desc("Report only findings not in FILE"),
                                 cl::value_desc("FILE"), cl::sub(LintCmd),
                                 cl::cat(Cat));
cl::opt<std::string> WriteBaselineOpt("write-baseline",
                                      cl::desc("Write the findings to FILE as "
                                               "a baseline"),
                                      cl::value_desc("FILE"), cl::sub(LintCmd),
                                      cl::cat(Cat));
cl::opt<std::string> DepsSysroot("deps-sysroot",
                                 cl::desc("Dependency headers from this target "
                                          "root instead of the host's"),
                                 cl::value_desc("DIR"), cl::sub(LintCmd),
                                 cl::cat(Cat));
cl::opt<bool> Cheap("cheap",
                    cl::desc("Parse each file once per data model and prove "
                             "the other targets like it by preprocessing "
                             "(same findings; see docs/lint-modes.md)"),
                    cl::sub(LintCmd), cl::cat(Cat));
cl::opt<bool> Exact("exact",
                    cl::desc("Parse every file in full on every target (the "
                             "default; pins it against --cheap)"),
                    cl::sub(LintCmd), cl::cat(Cat));
cl::opt<bool> LintStats("stats",
                        cl::desc("Print how each file x target was decided "
                                 "(full parse or proof), on stderr"),
                        cl::sub(LintCmd), cl::cat(Cat));
cl::opt<bool> Fresh("fresh",
                    cl::desc("Lint every file again instead of reusing the "
                             "findings of files unchanged since an earlier "
                             "run"),
                    cl::sub(LintCmd), cl::cat(Cat));
cl::opt<bool> NoHostDeps("no-host-deps",
                         cl::desc("Do not layer the host's third-party "
                                  "headers after the target's"),
                         cl::sub(LintCmd), cl::cat(Cat));

cl::list<std::string> TreeInputs(cl::Positional, cl::desc("HEADER-or-FILE..."),
                                 cl::ZeroOrMore, cl::sub(TreeCmd));
cl::opt<std::string> WhyFrom("from", cl::desc("Root header or file"),
                             cl::value_desc("HEADER-or-FILE"),
                             cl::sub(WhyCmd), cl::cat(Cat));
cl::opt<std::string> WhyName(cl::Positional, cl::desc("NAME"), cl::Optional,
                             cl::sub(WhyCmd));

/// Fill the shared options; a mismatched --sysroot/--triple is a usage error.
Expected<CommonOptions> common(const std::vector<std::string> &ClangArgs) {
  CommonOptions O;
  O.TargetNames.assign(TargetNames.begin(), TargetNames.end());
  O.Targets.SysrootsDir =
      SysrootsDir.empty() ? defaultSysrootsDir() : std::string(SysrootsDir);
  if (Sysroots.size() != Triples.size())
    return createStringError("--sysroot and --triple must come in pairs (got "
                             "%zu --sysroot and %zu --triple)",
                             Sysroots.size(), Triples.size());
  for (size_t I = 0; I < Sysroots.size(); ++I)
    O.Targets.UserSysroots.push_back({Sysroots[I], Triples[I]});
  O.ClangArgs = ClangArgs;
  O.Jobs = Jobs;
  O.TC = Toolchain::fromEnvironment();
  if (!ResourceDir.empty())
    O.TC.ResourceDir = ResourceDir;
  O.Format = Format;
  O.RulesDir = RulesDir.empty() ? defaultRulesDir() : std::string(RulesDir);
  return O;
}

Expected<int> checkFormat(std::initializer_list<StringRef> Allowed) {
  for (StringRef A : Allowed)
    if (Format == A)
      return 0;
  return createStringError("unknown --format '%s' (expected %s)",
                           Format.c_str(), join(Allowed, "|").c_str());
}

Expected<int> run(const std::vector<std::string> &ClangArgs) {
  if (TargetsCmd) {
    if (auto F = checkFormat({"text", "json"}); !F)
      return F.takeError();
    auto O = common(ClangArgs);
    if (!O)
      return O.takeError();
    return runTargets(*O, outs());
  }
  if (TreeCmd) {
    if (auto F = checkFormat({"text", "json", "dot"}); !F)
      return F.takeError();
    auto O = common(ClangArgs);
    if (!O)
      return O.takeError();
    if (TreeInputs.empty())
      return createStringError("tree: name at least one HEADER or FILE");
    TreeOptions T{std::move(*O), {TreeInputs.begin(), TreeInputs.end()}};
    return runTree(T, outs());
  }
  if (ExposureCmd) {
    if (auto F = checkFormat({"text", "json"}); !F)
      return F.takeError();
    auto O = common(ClangArgs);
    if (!O)
      return O.takeError();
    if (ExposureHeaders.empty())
      return createStringError("exposure: name at least one HEADER");
    ExposureOptions E{std::move(*O),
                      {ExposureHeaders.begin(), ExposureHeaders.end()},
                      ExposureStrict, ExposureReserved};
    return runExposure(E, outs());
  }
  if (DiffCmd) {
    if (auto F = checkFormat({"text", "json"}); !F)
      return F.takeError();
    // --triple pairs with --before/--after-sysroot here, not with --sysroot.
    bool SysrootPair = !BeforeSysroot.empty() || !AfterSysroot.empty();
    std::vector<std::string> SavedTriples(Triples.begin(), Triples.end());
    if (SysrootPair)
      Triples.clear();
    auto O = common(ClangArgs);
    if (!O)
      return O.takeError();
    DiffOptions D;
    D.Common = std::move(*O);
    D.Headers.assign(DiffHeaders.begin(), DiffHeaders.end());
    D.BeforeSysroot = BeforeSysroot;
    D.AfterSysroot = AfterSysroot;
    if (SysrootPair) {
      if (SavedTriples.size() != 1)
        return createStringError("diff: give exactly one --triple with "
                                 "--before-sysroot/--after-sysroot");
      D.Triple = SavedTriples[0];
    }
    D.Modes.assign(Modes.begin(), Modes.end());
    D.AllHeaders = AllHeaders;
    D.Strict = ExposureStrict;
    D.ShowReserved = ExposureReserved;
    return runDiff(D, outs());
  }
  if (LintCmd) {
    if (LintFormat != "text" && LintFormat != "json" && LintFormat != "sarif")
      return createStringError("unknown --format '%s' (expected "
                               "text|json|sarif)",
                               LintFormat.c_str());
    if (Cheap && Exact)
      return createStringError("--cheap and --exact exclude each other "
                               "(--exact, the default, parses every file on "
                               "every target)");
    auto O = common(ClangArgs);
    if (!O)
      return O.takeError();
    O->Format = LintFormat;
    LintOptions L;
    L.Common = std::move(*O);
    L.BuildDir = BuildDir;
    L.Files.assign(LintFiles.begin(), LintFiles.end());
    L.ConfigFile = ConfigFile;
    L.Checks.assign(LintChecks.begin(), LintChecks.end());
    L.FailOn = FailOn;
    L.Baseline = BaselineOpt;
    L.WriteBaseline = WriteBaselineOpt;
    L.DepsSysroot = DepsSysroot;
    L.NoHostDeps = NoHostDeps;
    L.Cheap = Cheap;
    L.Stats = LintStats;
    L.Fresh = Fresh;
    bool Tty = sys::Process::StandardOutIsDisplayed();
    L.Color = Tty && !std::getenv("NO_COLOR") && L.Common.Format == "text";
    L.Progress = sys::Process::StandardErrIsDisplayed() && !std::getenv("CI");
    return runLint(L, outs());
  }
  if (WhyCmd) {
    if (auto F = checkFormat({"text", "json"}); !F)
      return F.takeError();
    auto O = common(ClangArgs);
    if (!O)
      return O.takeError();
    WhyOptions W{std::move(*O), WhyFrom, WhyName};
    return runWhy(W, outs());
  }
  return createStringError("no subcommand given (try: hstack --help)");
}

} // namespace

int dispatch(int Argc, const char **Argv) {
  // Everything after `--` is for clang, not for us.
  std::vector<const char *> Ours;
  std::vector<std::string> ClangArgs;
  bool Rest = false;
  for (int I = 0; I < Argc; ++I) {
    if (Rest)
      ClangArgs.push_back(Argv[I]);
    else if (StringRef(Argv[I]) == "--")
      Rest = true;
    else
      Ours.push_back(Argv[I]);
  }
  cl::HideUnrelatedOptions(Cat);
  if (const char *NoColor = std::getenv("NO_COLOR"); NoColor && *NoColor) {
    errs().enable_colors(false);
    outs().enable_colors(false);
  }
  std::string Errors;
  raw_string_ostream ErrOS(Errors);
  if (!cl::ParseCommandLineOptions(
          static_cast<int>(Ours.size()), Ours.data(),
          "hstack: libc header stacking and portability linter\n", &ErrOS,
          nullptr, /*LongOptionsUseDoubleDash=*/true)) {
    ErrOS.flush();
    // One line in our own form: the first thing the parser said, without
    // its program-name prefix and its "Try: --help" tail.
    StringRef E = StringRef(Errors).trim().split('\n').first;
    E.consume_front(Ours.empty() ? "" : sys::path::filename(Ours[0]));
    E = E.ltrim(": ").split("  Try:").first.rtrim(" .");
    std::string Msg = E.empty() ? "invalid command line (try: hstack --help)"
                                : E.str();
    Msg[0] = toLower(Msg[0]);
    WithColor::error(errs(), "hstack") << Msg << '\n';
    return ExitUsage;
  }
  auto Code = run(ClangArgs);
  outs().flush();
  if (!Code) {
    WithColor::error(errs(), "hstack") << toString(Code.takeError()) << '\n';
    return ExitUsage;
  }
  return *Code;
}

} // namespace hstack
