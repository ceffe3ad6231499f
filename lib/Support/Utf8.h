//===- Utf8.h - Source text made fit for JSON and terminals -*- C++ -*-===//
#ifndef HSTACK_SUPPORT_UTF8_H
#define HSTACK_SUPPORT_UTF8_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace hstack {

/// S itself when it is valid UTF-8; else S with each byte that is not part
/// of a valid UTF-8 sequence written as `<XX>` (hex), the way clang prints
/// such bytes in its diagnostics. Source lines and messages can hold
/// Latin-1 (screen's `/* \xA4 */`), and JSON strings cannot.
inline std::string printableUtf8(llvm::StringRef S) {
  const auto *P = reinterpret_cast<const llvm::UTF8 *>(S.data());
  const auto *End = P + S.size();
  if (llvm::isLegalUTF8String(&P, End))
    return S.str();
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  P = reinterpret_cast<const llvm::UTF8 *>(S.data());
  while (P < End) {
    unsigned N = llvm::getNumBytesForUTF8(*P);
    if (N <= static_cast<unsigned>(End - P) &&
        llvm::isLegalUTF8Sequence(P, P + N)) {
      OS.write(reinterpret_cast<const char *>(P), N);
      P += N;
    } else {
      OS << '<' << llvm::format_hex_no_prefix(*P, 2, /*Upper=*/true) << '>';
      ++P;
    }
  }
  return Out;
}

} // namespace hstack

#endif
