//===- ExposureRender.cpp - Render what headers expose --------------------===//
#include "Render/Json.h"
#include "Render/Render.h"

#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

namespace hstack {

static std::string modeText(const std::vector<std::string> &Mode) {
  return Mode.empty() ? "default mode" : llvm::join(Mode, " ");
}

void renderExposureText(const std::vector<ExposureReport> &Rs,
                        bool ShowReserved, llvm::raw_ostream &OS) {
  bool First = true;
  for (const ExposureReport &R : Rs) {
    if (!First)
      OS << '\n';
    First = false;
    OS << fmt::format("== {} ({}): {} [{}]\n", R.T.Name, describeTarget(R.T),
                      R.Input, modeText(R.Mode));
    if (!R.Error.empty())
      OS << "  error: " << R.Error << '\n';
    size_t Shown = 0, Hidden = 0;
    for (const ExposedName &E : R.Names) {
      if (E.Reserved && !ShowReserved) {
        ++Hidden;
        continue;
      }
      ++Shown;
      const IncludeTree &T = R.Tree;
      std::vector<int> Chain = T.chain(E.Node);
      OS << fmt::format("  {:<20} {:<32} {}:{}", kindName(E.Kind), E.Name,
                        T.Nodes[E.Node].Header, E.Line);
      if (E.Reserved)
        OS << " [reserved]";
      if (Chain.size() > 1)
        OS << "  via " << chainText(T, Chain);
      OS << '\n';
    }
    OS << fmt::format("  {} name{}", Shown, Shown == 1 ? "" : "s");
    if (Hidden)
      OS << fmt::format(" ({} reserved names not listed; --reserved lists them)",
                        Hidden);
    OS << '\n';
    if (R.Tree.hasErrors())
      for (const CompilerDiag &D : R.Tree.Diags)
        OS << fmt::format("  {}:{}:{}: {}: {}\n", D.File, D.Line, D.Column,
                          D.Level, D.Message);
  }
}

void renderExposureJson(const std::vector<ExposureReport> &Rs,
                        bool ShowReserved, llvm::raw_ostream &OS) {
  OJson A = OJson::array();
  for (const ExposureReport &R : Rs) {
    OJson J;
    J["target"] = targetJson(R.T);
    J["headers"] = R.Input;
    J["mode"] = R.Mode;
    if (!R.Error.empty())
      J["error"] = R.Error;
    OJson Names = OJson::array();
    for (const ExposedName &E : R.Names) {
      if (E.Reserved && !ShowReserved)
        continue;
      Names.push_back(OJson{{"name", E.Name},
                            {"kind", kindName(E.Kind)},
                            {"reserved", E.Reserved},
                            {"header", R.Tree.Nodes[E.Node].Header},
                            {"line", E.Line},
                            {"home", R.Tree.Nodes[E.Home].Header},
                            {"text", E.Text},
                            {"chain", chainJson(R.Tree, R.Tree.chain(E.Node))}});
    }
    J["names"] = std::move(Names);
    OJson Diags = OJson::array();
    for (const CompilerDiag &D : R.Tree.Diags)
      Diags.push_back(OJson{{"level", D.Level},
                            {"file", D.File},
                            {"line", D.Line},
                            {"column", D.Column},
                            {"message", D.Message}});
    J["diagnostics"] = std::move(Diags);
    A.push_back(std::move(J));
  }
  OS << dumpJson(
            OJson{{"schema", "hstack.exposure/1"}, {"exposures", std::move(A)}},
            2)
     << '\n';
}

} // namespace hstack
