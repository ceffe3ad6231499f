//===- CommandLine.h - Parse hstack's command line into option structs -*- C++ -*-===//
#ifndef HSTACK_TOOLS_COMMANDLINE_H
#define HSTACK_TOOLS_COMMANDLINE_H

#include "llvm/Support/Error.h"

namespace hstack {

/// Parse argv, run the chosen subcommand, and return the exit code.
/// Usage and input errors print one line and return 2.
int dispatch(int Argc, const char **Argv);

} // namespace hstack

#endif
