//===- CompileCommands.cpp - Compile commands, re-targeted per libc -------===//
#include "Capture/CompileCommands.h"

#include "clang/Driver/Options.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <set>

using namespace clang;
using namespace clang::driver;

namespace hstack {

/// Host system include dirs: never handed to a target (the deps overlay
/// provides the host's third-party headers without its libc).
static bool isHostSystemDir(llvm::StringRef Dir) {
  for (llvm::StringRef Sys : {"/usr/include", "/usr/local/include"})
    if (Dir == Sys || Dir.starts_with((Sys + "/").str()))
      return true;
  return Dir.starts_with("/usr/lib/gcc/") || Dir.starts_with("/usr/lib/llvm");
}

static std::string absolute(llvm::StringRef P, llvm::StringRef Dir) {
  llvm::SmallString<256> S(P);
  if (!llvm::sys::path::is_absolute(S)) {
    S = Dir;
    llvm::sys::path::append(S, P);
  }
  llvm::sys::path::remove_dots(S, true);
  return std::string(S);
}

CompileJob adjustCommand(const std::vector<std::string> &CommandLine,
                         const std::string &Directory,
                         const std::string &File) {
  CompileJob J;
  J.Directory = Directory;
  J.File = absolute(File, Directory);
  std::vector<const char *> Raw;
  for (size_t I = 1; I < CommandLine.size(); ++I)
    Raw.push_back(CommandLine[I].c_str());
  const llvm::opt::OptTable &Table = getDriverOptTable();
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Args =
      Table.ParseArgs(Raw, MissingIndex, MissingCount);
  llvm::StringRef Driver = CommandLine.empty() ? "" : CommandLine[0];
  J.IsCxx = llvm::sys::path::filename(Driver).contains("++");
  // The language of the source: the -x in force where it is named, else
  // its extension (as the driver decides).
  llvm::StringRef Lang;
  auto SetLanguage = [&J](llvm::StringRef Lang, llvm::StringRef Ext) {
    if (!Lang.empty() && Lang != "none") {
      J.IsAsm = Lang == "assembler-with-cpp";
      J.IsRawAsm = Lang == "assembler";
    } else if (Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx" || Ext == ".C") {
      J.IsCxx = true;
    } else {
      J.IsAsm = Ext == ".S" || Ext == ".sx";
      J.IsRawAsm = Ext == ".s";
    }
  };
  bool Named = false; // Was the source among the arguments?
  for (const llvm::opt::Arg *A : Args) {
    const llvm::opt::Option &O = A->getOption();
    switch (O.getID()) {
    case options::OPT_INPUT: {
      // The source itself (re-added per target); other inputs are dropped.
      if (absolute(A->getValue(), Directory) != J.File)
        continue;
      Named = true;
      SetLanguage(Lang, llvm::sys::path::extension(A->getValue()));
      continue;
    }
    case options::OPT_D:
    case options::OPT_U:
    case options::OPT_std_EQ:
    case options::OPT_ansi:
    case options::OPT_include:
    case options::OPT_imacros: {
      std::string V = A->getNumValues() ? A->getValue() : "";
      std::string Spelling = A->getSpelling().str();
      if (O.getID() == options::OPT_include || O.getID() == options::OPT_imacros)
        V = absolute(V, Directory);
      if (O.getID() == options::OPT_std_EQ && llvm::StringRef(V).contains("++"))
        J.IsCxx = true;
      std::vector<std::string> Rendered =
          O.getID() == options::OPT_ansi
              ? std::vector<std::string>{"-ansi"}
              : (O.getID() == options::OPT_include ||
                 O.getID() == options::OPT_imacros)
                    ? std::vector<std::string>{
                          O.getID() == options::OPT_include ? "-include"
                                                            : "-imacros",
                          V}
                    : std::vector<std::string>{Spelling + V};
      for (std::string &R : Rendered) {
        J.Args.push_back(R);
        J.ModeArgs.push_back(R);
      }
      continue;
    }
    case options::OPT_I:
    case options::OPT_iquote:
    case options::OPT_isystem:
    case options::OPT_idirafter: {
      std::string Dir = absolute(A->getValue(), Directory);
      if (isHostSystemDir(Dir))
        continue;
      J.Args.push_back(A->getSpelling().str());
      J.Args.push_back(Dir);
      continue;
    }
    case options::OPT_x:
      Lang = A->getValue();
      if (Lang.contains("++"))
        J.IsCxx = true;
      J.Args.push_back("-x");
      J.Args.push_back(A->getValue());
      continue;
    case options::OPT_pthread:
    case options::OPT_nostdinc:
      J.Args.push_back(A->getSpelling().str());
      continue;
    default:
      break;
    }
    // Keep -f (language dialect, char signedness...) and -O (__OPTIMIZE__
    // changes headers); drop everything else: -o, -c, -M*, -W*, -m*,
    // --target, --sysroot, -g, linker flags, unknown (e.g. GCC-only) flags.
    if ((O.matches(options::OPT_f_Group) || O.matches(options::OPT_O_Group)) &&
        !O.matches(options::OPT_fplugin_EQ) &&
        !llvm::StringRef(A->getSpelling()).starts_with("-fsanitize") &&
        !llvm::StringRef(A->getSpelling()).starts_with("-fprofile") &&
        !llvm::StringRef(A->getSpelling()).starts_with("-fdebug-prefix-map") &&
        !llvm::StringRef(A->getSpelling()).starts_with("-fmacro-prefix-map") &&
        !llvm::StringRef(A->getSpelling()).starts_with("-ffile-prefix-map")) {
      llvm::opt::ArgStringList Out;
      A->render(Args, Out);
      for (const char *S : Out)
        J.Args.push_back(S);
    }
  }
  if (!Named)
    SetLanguage("", llvm::sys::path::extension(J.File));
  return J;
}

llvm::Expected<std::vector<CompileJob>>
loadCompileCommands(const std::string &BuildDir,
                    const std::vector<std::string> &Files) {
  llvm::SmallString<256> Path(BuildDir);
  if (llvm::sys::fs::is_directory(Path))
    llvm::sys::path::append(Path, "compile_commands.json");
  if (!llvm::sys::fs::exists(Path))
    return llvm::createStringError("%s: no such file (expected a compile "
                                   "database from CMake or bear)",
                                   Path.c_str());
  // Clang's loader lints what it can of a broken file; check it first.
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return llvm::createStringError("%s: cannot read: %s", Path.c_str(),
                                   Buf.getError().message().c_str());
  auto Parsed = llvm::json::parse((*Buf)->getBuffer());
  if (!Parsed)
    return llvm::createStringError("%s: malformed compile database: %s",
                                   Path.c_str(),
                                   llvm::toString(Parsed.takeError()).c_str());
  if (!Parsed->getAsArray())
    return llvm::createStringError(
        "%s: malformed compile database: expected a JSON array of entries",
        Path.c_str());
  std::string Error;
  auto DB = tooling::JSONCompilationDatabase::loadFromFile(
      Path, Error, tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return llvm::createStringError("%s: malformed compile database: %s",
                                   Path.c_str(), Error.c_str());
  // A relative "directory" is taken relative to the database itself, so a
  // checked-in example works from any checkout.
  llvm::SmallString<256> AbsDB(Path);
  llvm::sys::fs::make_absolute(AbsDB);
  std::string DBDir = llvm::sys::path::parent_path(AbsDB).str();
  std::vector<tooling::CompileCommand> Commands;
  for (tooling::CompileCommand C : DB->getAllCompileCommands()) {
    C.Directory = absolute(C.Directory, DBDir);
    C.Filename = absolute(C.Filename, C.Directory);
    Commands.push_back(std::move(C));
  }
  if (!Files.empty()) {
    std::vector<tooling::CompileCommand> Picked;
    for (const std::string &F : Files) {
      llvm::SmallString<256> Abs(F);
      llvm::sys::fs::make_absolute(Abs);
      llvm::sys::path::remove_dots(Abs, true);
      auto It = std::find_if(Commands.begin(), Commands.end(),
                             [&](const tooling::CompileCommand &C) {
                               return C.Filename == Abs.str();
                             });
      if (It == Commands.end())
        return llvm::createStringError("%s: no entry for '%s'", Path.c_str(),
                                       F.c_str());
      Picked.push_back(*It);
    }
    Commands = std::move(Picked);
  }
  if (Commands.empty())
    return llvm::createStringError("%s: the compile database has no entries",
                                   Path.c_str());
  std::vector<CompileJob> Jobs;
  std::set<std::string> Seen;
  for (const tooling::CompileCommand &C : Commands) {
    if (C.CommandLine.empty())
      return llvm::createStringError("%s: the entry for '%s' has no command",
                                     Path.c_str(), C.Filename.c_str());
    CompileJob J = adjustCommand(C.CommandLine, C.Directory, C.Filename);
    if (!Seen.insert(J.File).second)
      continue; // One job per file: the first entry wins.
    Jobs.push_back(std::move(J));
  }
  std::sort(Jobs.begin(), Jobs.end(),
            [](const CompileJob &A, const CompileJob &B) { return A.File < B.File; });
  return Jobs;
}

llvm::Expected<std::vector<CompileJob>>
jobsFromFlags(const std::vector<std::string> &Files,
              const std::vector<std::string> &Flags) {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  std::vector<CompileJob> Jobs;
  for (const std::string &F : Files) {
    std::vector<std::string> Cmd{"cc"};
    Cmd.insert(Cmd.end(), Flags.begin(), Flags.end());
    Cmd.push_back(F);
    Jobs.push_back(adjustCommand(Cmd, std::string(Cwd), F));
  }
  return Jobs;
}

} // namespace hstack
