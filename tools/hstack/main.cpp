//===- main.cpp - hstack: libc header stacking and portability linter -----===//
#include "CommandLine.h"

#include "llvm/Support/InitLLVM.h"

int main(int Argc, const char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  return hstack::dispatch(Argc, Argv);
}
