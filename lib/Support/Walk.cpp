//===- Walk.cpp - Regular files below a directory, without hangs ----------===//
#include "Support/Walk.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"

#include <algorithm>
#include <string>
#include <vector>

namespace hstack {

std::error_code walkRegularFiles(llvm::StringRef Root,
                                 llvm::function_ref<void(llvm::StringRef)> Fn) {
  // Real paths of the directories being walked, root first: a directory
  // whose real path is among its own ancestors is a link loop.
  std::vector<std::string> Ancestors;
  llvm::SmallString<256> Real;
  Ancestors.push_back(llvm::sys::fs::real_path(Root, Real) ? Root.str()
                                                           : Real.str().str());
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Root, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::ErrorOr<llvm::sys::fs::basic_file_status> S = It->status();
    if (!S) { // A dangling link.
      It.no_push();
      continue;
    }
    if (llvm::sys::fs::is_directory(*S)) {
      size_t Level = static_cast<size_t>(It.level()) + 1; // Its ancestors.
      Ancestors.resize(std::min(Level, Ancestors.size()));
      if (llvm::sys::fs::real_path(It->path(), Real) ||
          llvm::is_contained(Ancestors, Real.str()) || Level > 64) {
        It.no_push();
        continue;
      }
      Ancestors.push_back(Real.str().str());
      continue;
    }
    if (llvm::sys::fs::is_regular_file(*S))
      Fn(It->path());
  }
  return EC;
}

} // namespace hstack
