//===- Uses.h - Names a main file refers to, from the AST -*- C++ -*-===//
#ifndef HSTACK_CAPTURE_USES_H
#define HSTACK_CAPTURE_USES_H

#include "Capture/Record.h"

#include "clang/AST/Type.h"
#include "llvm/ADT/ArrayRef.h"

namespace clang {
class ASTContext;
class NamedDecl;
class RecordDecl;
} // namespace clang

namespace hstack {

/// Append to `Out` every reference the main file makes (as written there,
/// not inside a header's macro) to a function, variable, typedef, tag or
/// enumerator declared outside the main file.
void collectUses(clang::ASTContext &Ctx, const Recorded &Rec,
                 std::vector<NameUse> &Out);

/// Fill Refs (the AST part) with what the package's code (main file, its
/// own and dependency headers) references from libc declarations.
/// Sized: the types of the package's SIZEOF_* claims (measureSizeClaims),
/// which the package depends on as on `sizeof (T)`.
void collectPackageRefs(clang::ASTContext &Ctx, const Recorded &Rec,
                        PackageRefs &Refs,
                        llvm::ArrayRef<clang::QualType> Sized = {});

/// Where the type's name starts in a configure size macro: after
/// "SIZEOF_" at the start or after an upper-case prefix ending in '_'
/// (EVENT__SIZEOF_LONG; not gnulib's BITSIZEOF_*, which counts bits);
/// npos if Macro is none.
size_t sizeofSuffix(llvm::StringRef Macro);

/// Resolve the type each SIZEOF_* claim names in the TU (SizeClaim::Type)
/// and measure it on the target (SizeClaim::Actual); claims about a type
/// the TU does not declare stay at -1. Marks claims about the package's
/// own types (SizeClaim::PackageType). Returns the types resolved.
std::vector<clang::QualType> measureSizeClaims(clang::ASTContext &Ctx,
                                               const Recorded &Rec,
                                               std::vector<SizeClaim> &Claims);

/// Set CompilerDiag::ImplicitCall on each error of Rec's tree that sits on
/// a line of the package's code (main file or its own headers) referring
/// to an implicitly declared function. Does nothing when the TU drew no
/// implicit-declaration diagnostic.
void markImplicitCalls(clang::ASTContext &Ctx, Recorded &Rec);

/// Declaration::TypeKey of a function, variable or typedef; "" otherwise.
std::string typeKeyOf(const clang::NamedDecl *D);
/// Declaration::ShapeKey of a function, variable or typedef; "" otherwise.
std::string shapeKeyOf(const clang::NamedDecl *D);
/// The members of a struct or union (anonymous members' too), each as
/// memberKey(), sorted.
std::vector<std::string> fieldsOf(const clang::RecordDecl *RD);
/// "name<TAB>type key" of a member: code that reads it depends on its type.
std::string memberKey(const clang::NamedDecl *Member);
/// A record's fields in order, by name and type key, with bit-field
/// widths: equal layouts have equal sizes and offsets on one data model.
/// "" if incomplete.
std::string layoutOf(const clang::RecordDecl *RD);
/// The struct or union D stands for: D itself if it is one, else the one
/// the type D declares (a typedef's, a variable's, a function's) holds,
/// through pointers, arrays and function results (FILE, stdout, fopen: the
/// FILE record); null if none. What a use through D may need complete.
const clang::RecordDecl *heldRecord(const clang::NamedDecl *D);
/// "struct stat", or "typedef fpos_t" for an unnamed record with a typedef
/// name; "" for an unnamed record without one.
std::string recordKey(const clang::RecordDecl *RD);

/// Is a tree node the package's own code or a dependency's (what is the
/// same on every target), as opposed to the libc's or the compiler's?
bool isPackageOrigin(HeaderOrigin O);

} // namespace hstack

#endif
