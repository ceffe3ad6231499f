//===- Uses.h - Names a main file refers to, from the AST -*- C++ -*-===//
#ifndef HSTACK_CAPTURE_USES_H
#define HSTACK_CAPTURE_USES_H

#include "Capture/Record.h"

namespace clang {
class ASTContext;
}

namespace hstack {

/// Append to `Out` every reference the main file makes (as written there,
/// not inside a header's macro) to a function, variable, typedef, tag or
/// enumerator declared outside the main file.
void collectUses(clang::ASTContext &Ctx, const Recorded &Rec,
                 std::vector<NameUse> &Out);

} // namespace hstack

#endif
