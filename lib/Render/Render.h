//===- Render.h - Text, JSON and DOT renderers -*- C++ -*-===//
//
// Renderers print reports; they decide nothing and know nothing of Clang.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_RENDER_RENDER_H
#define HSTACK_RENDER_RENDER_H

#include "Model/Finding.h"
#include "Model/Reports.h"
#include "Model/Target.h"

#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace hstack {

struct LintReport;

/// `hstack targets`: one line per target, or JSON.
void renderTargetsText(const std::vector<Target> &Ts, llvm::raw_ostream &OS);
void renderTargetsJson(const std::vector<Target> &Ts, llvm::raw_ostream &OS);

/// `hstack tree`: indented stacks, the JSON schema in docs/json-schema.md,
/// or one Graphviz digraph with a cluster per tree.
void renderTreesText(const std::vector<TreeReport> &Rs, llvm::raw_ostream &OS);
void renderTreesJson(const std::vector<TreeReport> &Rs, llvm::raw_ostream &OS);
void renderTreesDot(const std::vector<TreeReport> &Rs, llvm::raw_ostream &OS);

/// `hstack why`: chains as `a.h:12 -> b.h:34 -> c.h`, then the declaration.
void renderWhyText(const std::vector<WhyReport> &Rs, llvm::raw_ostream &OS);
void renderWhyJson(const std::vector<WhyReport> &Rs, llvm::raw_ostream &OS);

/// `hstack exposure`: one listing per target; reserved names only if asked.
void renderExposureText(const std::vector<ExposureReport> &Rs,
                        bool ShowReserved, llvm::raw_ostream &OS);
void renderExposureJson(const std::vector<ExposureReport> &Rs,
                        bool ShowReserved, llvm::raw_ostream &OS);

/// `hstack diff`: a unified-diff-like listing per header, or (for
/// --all-headers) a summary table sorted by size of change.
void renderDiffText(const std::vector<DiffReport> &Rs, llvm::raw_ostream &OS);
void renderDiffJson(const std::vector<DiffReport> &Rs, llvm::raw_ostream &OS);

/// `hstack lint`: clang-style diagnostics with per-target notes and a
/// summary; JSON (docs/json.md); SARIF 2.1.0.
void renderLintText(const LintReport &R, bool Color, llvm::raw_ostream &OS);
void renderLintJson(const LintReport &R, llvm::raw_ostream &OS);
void renderLintSarif(const LintReport &R, llvm::raw_ostream &OS);

/// `a.h:12 -> b.h:34 -> c.h`: each header with the line that includes the next.
std::string chainText(const IncludeTree &T, const std::vector<int> &Chain);

/// "glibc 2.36, x86_64-linux-gnu" — how a target introduces itself.
std::string describeTarget(const Target &T);

} // namespace hstack

#endif
