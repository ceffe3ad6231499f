//===- Walk.h - Regular files below a directory, without hangs -*- C++ -*-===//
//
// Sysroots hold symlinks: Debian's multiarch links, `asm -> asm-generic`,
// and now and then a loop or a link to something that is not a file.
// Walking one must neither read a FIFO (which blocks) nor follow a loop.
//
//===----------------------------------------------------------------------===//
#ifndef HSTACK_SUPPORT_WALK_H
#define HSTACK_SUPPORT_WALK_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <system_error>

namespace hstack {

/// Call Fn with every regular file below Root, in directory order, as
/// reached (symlinks followed, except into a directory that is one of its
/// own ancestors: a link loop). Devices, FIFOs, sockets and dangling links
/// are skipped. Returns the error that stopped the listing, if any.
std::error_code walkRegularFiles(llvm::StringRef Root,
                                 llvm::function_ref<void(llvm::StringRef)> Fn);

} // namespace hstack

#endif
