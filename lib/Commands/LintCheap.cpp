//===- LintCheap.cpp - Proving a target like its lead without parsing -----===//
#include "Commands/LintCheap.h"
#include "Capture/Uses.h"

#include "clang/Basic/CharInfo.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace hstack {

namespace {

LineSet normalized(LineSet S) {
  std::sort(S.begin(), S.end());
  LineSet Out;
  for (auto R : S) {
    if (!Out.empty() && R.first <= Out.back().second + 1)
      Out.back().second = std::max(Out.back().second, R.second);
    else
      Out.push_back(R);
  }
  return Out;
}

LineSet intersect(const LineSet &A, const LineSet &B) {
  LineSet Out;
  size_t I = 0, J = 0;
  while (I < A.size() && J < B.size()) {
    unsigned Lo = std::max(A[I].first, B[J].first);
    unsigned Hi = std::min(A[I].second, B[J].second);
    if (Lo <= Hi)
      Out.push_back({Lo, Hi});
    if (A[I].second < B[J].second)
      ++I;
    else
      ++J;
  }
  return Out;
}

bool contains(const LineSet &S, unsigned Line) {
  auto It = std::upper_bound(
      S.begin(), S.end(), std::make_pair(Line, ~0u));
  return It != S.begin() && std::prev(It)->second >= Line;
}

bool isLibcNode(const IncludeNode &N) { return !isPackageOrigin(N.Origin); }

/// Lines skipped in every entry, per libc file of a tree.
std::map<std::string, LineSet> skippedByPath(const IncludeTree &T) {
  std::map<std::string, LineSet> Out;
  for (size_t I = 1; I < T.Nodes.size(); ++I) {
    const IncludeNode &N = T.Nodes[I];
    if (N.Status != IncludeStatus::Entered || !isLibcNode(N))
      continue;
    LineSet S = normalized(N.SkippedLines);
    auto [It, New] = Out.emplace(N.Path, S);
    if (!New)
      It->second = intersect(It->second, S);
  }
  return Out;
}

/// The package's own code as the preprocessor saw it: which files, in
/// which order, and which lines each skipped.
std::vector<std::string> packageShape(const IncludeTree &T) {
  std::vector<std::string> Out;
  for (size_t I = 0; I < T.Nodes.size(); ++I) {
    const IncludeNode &N = T.Nodes[I];
    if (!isPackageOrigin(N.Origin))
      continue;
    std::string S = N.Path + "|" + statusName(N.Status);
    for (auto [A, B] : normalized(N.SkippedLines))
      S += "|" + std::to_string(A) + "-" + std::to_string(B);
    Out.push_back(std::move(S));
  }
  return Out;
}

/// Is libc node N entered after line Line of node Def (where a macro is
/// defined)? Nodes are numbered in the order files are entered.
bool enteredAfter(const IncludeTree &T, int N, int Def, unsigned Line) {
  if (N < Def)
    return false;
  for (int C = N; T.Nodes[C].Parent >= 0; C = T.Nodes[C].Parent)
    if (T.Nodes[C].Parent == Def)
      return T.Nodes[C].Line > Line;
  return true; // After the defining file's whole subtree.
}


} // namespace

std::shared_ptr<const ProbeFacts>
ProbeCache::get(const Target &T, const std::vector<std::string> &Mode,
                const std::string &Header) {
  std::string Key = T.Name + "\n" + llvm::join(Mode, " ") + "\n" + Header;
  {
    std::lock_guard<std::mutex> L(M);
    if (auto It = Cache.find(Key); It != Cache.end())
      return It->second;
  }
  auto Start = std::chrono::steady_clock::now();
  auto P = std::make_shared<ProbeFacts>();
  CaptureRequest Req;
  Req.T = &T;
  Req.In.Kind = Input::Header;
  Req.In.Value = Header;
  Req.ExtraArgs = Mode;
  Req.FullParse = true;
  Req.CollectTypeKeys = true;
  if (auto C = capture(Req, TC); C && !C->Tree.hasErrors()) {
    P->Ok = true;
    for (const Declaration &D : C->Decls)
      if (D.Node > 0)
        P->Decls.push_back(
            {D.Name, D.Kind, C->Tree.Nodes[D.Node].Path, D.Line, D.TypeKey,
             D.ShapeKey, D.Fields,
             D.DefNode >= 0 ? C->Tree.Nodes[D.DefNode].Path : std::string(),
             D.DefNode >= 0 ? D.DefLine : 0, D.Layout});
    P->Skipped = skippedByPath(C->Tree);
    for (unsigned I = 0; I < P->Decls.size(); ++I)
      P->ByName[P->Decls[I].Name].push_back(I);
  } else if (!C) {
    llvm::consumeError(C.takeError());
  }
  std::lock_guard<std::mutex> L(M);
  Seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                           Start)
                 .count();
  return Cache.emplace(Key, std::move(P)).first->second;
}

size_t ProbeCache::parsed() const {
  std::lock_guard<std::mutex> L(M);
  return Cache.size();
}

double ProbeCache::seconds() const {
  std::lock_guard<std::mutex> L(M);
  return Seconds;
}

/// The elements of A not in B (both sorted).
static std::vector<std::string> missingFrom(const std::vector<std::string> &A,
                                            const std::vector<std::string> &B) {
  std::vector<std::string> Out;
  std::set_difference(A.begin(), A.end(), B.begin(), B.end(),
                      std::back_inserter(Out));
  return Out;
}

/// The elements in one of A and B only.
static std::vector<std::string> eitherOnly(const std::set<std::string> &A,
                                           const std::set<std::string> &B) {
  std::vector<std::string> Out;
  std::set_symmetric_difference(A.begin(), A.end(), B.begin(), B.end(),
                                std::back_inserter(Out));
  return Out;
}

std::string ProofMemo::predict(const CaptureResult &Lead) const {
  std::vector<std::string> Shape = packageShape(Lead.Tree);
  std::lock_guard<std::mutex> L(M);
  for (const std::string &S : Shape)
    if (Shapes.count(S))
      return "(not tried: " + llvm::StringRef(S).split('|').first.str() +
             " took other branches here for an earlier file)";
  // A macro on one side only: the lead expands it, or references the
  // name the target's macro would have replaced.
  for (const std::string &N : Lead.Refs.MacrosExpanded)
    if (Macros.count(N))
      return "(not tried: the libc macro '" + N +
             "' expanded differently here for an earlier file)";
  for (const auto &[Key, R] : Lead.Refs.Names)
    if (std::string N = nameOfKey(Key); Macros.count(N))
      return "(not tried: the libc macro '" + N +
             "' expanded differently here for an earlier file)";
  for (const std::string &N : Lead.Refs.MacroIdents)
    if (Idents.count(N))
      return "(not tried: libc macros brought '" + N +
             "' differently here for an earlier file)";
  return "";
}

void ProofMemo::learn(const CaptureResult &Lead, const CaptureResult &Cheap) {
  std::vector<std::string> A = packageShape(Lead.Tree),
                           B = packageShape(Cheap.Tree);
  std::sort(A.begin(), A.end());
  std::sort(B.begin(), B.end());
  std::vector<std::string> S = missingFrom(A, B), Ms, Is;
  // Only the first difference the proof met: where the package's code
  // differs, its macros do too (a package's `#ifndef NULL` taking the
  // other branch makes NULL the package's), and learning those would
  // keep every later file that uses NULL from being tried.
  if (S.empty()) {
    Ms = eitherOnly(Lead.Refs.MacrosExpanded, Cheap.Refs.MacrosExpanded);
    if (Ms.empty())
      for (std::string &I :
           eitherOnly(Lead.Refs.MacroIdents, Cheap.Refs.MacroIdents))
        if (!I.empty() && clang::isAsciiIdentifierStart(I[0])) // Not a "0".
          Is.push_back(std::move(I));
  }
  std::lock_guard<std::mutex> L(M);
  Shapes.insert(S.begin(), S.end());
  Macros.insert(Ms.begin(), Ms.end());
  Idents.insert(Is.begin(), Is.end());
}

std::vector<int> leadOf(const std::vector<Target> &Ts) {
  // Same data model: same arch in the triple, same ABI (the float ABI does
  // not change a type). The proof compares types anyway; grouping only
  // decides how often it can succeed.
  auto Model = [](const Target &T) {
    std::string Arch = llvm::StringRef(T.Triple).split('-').first.str();
    if (llvm::StringRef(Arch).starts_with("arm"))
      Arch = "arm";
    std::string Abi = T.Abi == "eabihf" ? "eabi" : T.Abi;
    return Arch + "/" + Abi;
  };
  std::vector<int> Lead(Ts.size());
  std::map<std::string, int> First;
  for (size_t I = 0; I < Ts.size(); ++I)
    Lead[I] = First.emplace(Model(Ts[I]), static_cast<int>(I)).first->second;
  return Lead;
}

std::vector<std::string> probeMode(const CaptureResult &Lead,
                                   const std::vector<std::string> &ModeArgs) {
  // Only what libc headers test: the language standard and reserved names
  // (_GNU_SOURCE, _FILE_OFFSET_BITS). A package macro a libc header reads
  // after all shows as lines kept differently, and the proof fails there.
  std::vector<std::string> Mode;
  for (const std::string &A : ModeArgs) {
    llvm::StringRef R(A);
    if (R.starts_with("-std="))
      Mode.push_back(A);
    else if ((R.consume_front("-D") || R.consume_front("-U")) &&
             isReservedName(R.split('=').first.str()))
      Mode.push_back(A);
  }
  const IncludeTree &T = Lead.Tree;
  int First = -1;
  for (size_t I = 1; I < T.Nodes.size() && First < 0; ++I)
    if (isLibcNode(T.Nodes[I]) && !T.Nodes[I].Forced)
      First = static_cast<int>(I);
  if (First < 0)
    return Mode;
  // Where the first libc #include sits in each file on its chain.
  std::map<int, unsigned> IncludeLineIn;
  for (int N = First; T.Nodes[N].Parent >= 0; N = T.Nodes[N].Parent)
    IncludeLineIn[T.Nodes[N].Parent] = T.Nodes[N].Line;
  for (const Declaration &D : Lead.Decls) {
    if (D.Kind != NameKind::ObjectMacro || D.Node < 0 || D.Node >= First ||
        !isPackageOrigin(T.Nodes[D.Node].Origin) || !isReservedName(D.Name))
      continue;
    if (auto It = IncludeLineIn.find(D.Node);
        It != IncludeLineIn.end() && D.Line >= It->second)
      continue;
    Mode.push_back(defineFlag(D));
  }
  return Mode;
}

std::string proveLikeLead(const CaptureResult &Lead, const CaptureResult &Cheap,
                          const Target &T, const std::vector<std::string> &Mode,
                          ProbeCache &Probes, LintOracle &Oracle,
                          const LintRules &Rules) {
  const IncludeTree &LT = Lead.Tree, &CT = Cheap.Tree;
  if (CT.hasErrors())
    return "the preprocessor fails";
  if (packageShape(LT) != packageShape(CT))
    return "the package's code takes other branches";
  if (Lead.Refs.Undecidable)
    return "a record the code uses cannot be compared";
  // The proof compares declarations, not the warnings they draw (a libc's
  // deprecated or warn_unused_result attributes).
  if (Lead.Refs.WarningsAsErrors || Cheap.Refs.WarningsAsErrors)
    return "the package makes warnings errors (#pragma ... diagnostic error)";
  if (Lead.Refs.MacrosExpanded != Cheap.Refs.MacrosExpanded ||
      Lead.Refs.MacroIdents != Cheap.Refs.MacroIdents ||
      Lead.Refs.MacroTokens != Cheap.Refs.MacroTokens)
    return "the libc's macros expand differently";

  // The libc headers the package includes itself, and their probes.
  std::set<std::string> Top; // header names
  for (size_t I = 1; I < CT.Nodes.size(); ++I) {
    const IncludeNode &N = CT.Nodes[I];
    if (!isLibcNode(N))
      continue;
    if (N.Parent >= 0 && isPackageOrigin(CT.Nodes[N.Parent].Origin) &&
        N.Status != IncludeStatus::Missing) {
      HeaderClass HC = Rules.Headers.classify(N.Header);
      if (HC == HeaderClass::Internal || HC == HeaderClass::KernelInternal)
        return "the package includes <" + N.Header + ">, an internal header";
      Top.insert(N.Header);
    }
  }
  std::map<std::string, LineSet> ProbeSkipped;
  std::vector<std::shared_ptr<const ProbeFacts>> Facts;
  // Without the package's macros no libc header spells (its own include
  // guards, reserved names too): they change nothing a probe sees, and
  // would split the probes per set of package headers included first.
  std::vector<std::string> LibcMode = Oracle.libcMode(T, Mode);
  for (const std::string &H : Top) {
    auto P = Probes.get(T, LibcMode, H);
    if (!P->Ok)
      return "<" + H + "> does not compile alone";
    for (const auto &[Path, S] : P->Skipped) {
      auto [It, New] = ProbeSkipped.emplace(Path, S);
      if (!New)
        It->second = intersect(It->second, S);
    }
    Facts.push_back(std::move(P));
  }
  // Every libc line the file keeps was kept, and parsed, in some probe.
  std::map<std::string, LineSet> Skipped = skippedByPath(CT);
  for (const auto &[Path, S] : Skipped) {
    auto It = ProbeSkipped.find(Path);
    if (It == ProbeSkipped.end())
      return Path + " is reached only in the file's context";
    if (intersect(It->second, S) != It->second)
      return Path + " keeps lines no probe kept";
  }

  // What the target declares, as far as the file reaches: the probes'
  // declarations on lines the file kept, looked up by name on demand.
  std::vector<const ProbeFacts::Decl *> Found;
  // Did the file's preprocessing on the target keep this libc line?
  auto Kept = [&](const std::string &Path, unsigned Line) {
    auto S = Skipped.find(Path);
    return S != Skipped.end() && !contains(S->second, Line);
  };
  auto Lookup = [&](NameSpace NS, llvm::StringRef Name)
      -> const std::vector<const ProbeFacts::Decl *> & {
    Found.clear();
    for (const auto &P : Facts) {
      auto It = P->ByName.find(Name);
      if (It == P->ByName.end())
        continue;
      for (unsigned I : It->second) {
        const ProbeFacts::Decl &D = P->Decls[I];
        if (nameSpaceOf(D.Kind) == NS && Kept(D.Path, D.Line))
          Found.push_back(&D);
      }
    }
    return Found;
  };
  llvm::StringSet<> LibcMacros;
  for (const Declaration &D : Cheap.Decls)
    if (D.Node > 0 && isLibcNode(CT.Nodes[D.Node]))
      LibcMacros.insert(D.Name);

  for (const auto &[Key, R] : Lead.Refs.Names) {
    std::string Name = nameOfKey(Key);
    const auto &Decls = Lookup(nameSpaceOf(R.Kind), Name);
    if (Decls.empty())
      return "'" + Name + "' is not declared";
    bool Same = std::any_of(
        Decls.begin(), Decls.end(), [&](const ProbeFacts::Decl *D) {
          return D->Kind == R.Kind && (R.Exact ? D->TypeKey == R.TypeKey
                                               : D->ShapeKey == R.ShapeKey);
        });
    if (!Same)
      return "'" + Name + "' is declared differently";
    // A record complete on the lead must be complete here too, defined on
    // a line the file keeps: `struct foo x;` fails where foo is only
    // declared, and shapes do not tell.
    if (R.Complete &&
        std::none_of(Decls.begin(), Decls.end(), [&](const ProbeFacts::Decl *D) {
          return D->Kind == R.Kind && D->DefLine && Kept(D->DefPath, D->DefLine);
        }))
      return "'" + Name + "' is complete on the lead, not here";
    if (!R.Layout.empty() &&
        std::none_of(Decls.begin(), Decls.end(), [&](const ProbeFacts::Decl *D) {
          return D->Kind == R.Kind && D->Layout == R.Layout;
        }))
      return "'" + Name + "' has another layout here";
  }
  for (const auto &[Record, Member] : Lead.Refs.Members) {
    auto [Kw, Name] = llvm::StringRef(Record).split(' ');
    NameSpace NS = Kw == "typedef" ? NameSpace::Ordinary : NameSpace::Tag;
    const auto &Decls = Lookup(NS, Name);
    bool Has = std::any_of(Decls.begin(), Decls.end(),
                           [&](const ProbeFacts::Decl *D) {
                             return std::binary_search(D->Fields.begin(),
                                                       D->Fields.end(), Member);
                           });
    // Member is "name<TAB>type": a member of another type counts as
    // missing (reading it converts differently, or not at all).
    if (!Has)
      return Record + " has no member '" + Member.substr(0, Member.find('\t')) +
             "' of the lead's type";
  }

  // The package's own names against the libc's. A declaration that
  // redeclares the libc's was compared above (exactly). A main-file name
  // the lead's libc declares too gets the same treatment from the checks
  // there. A macro matters where it expands inside a libc header entered
  // after its #define.
  // The namespaces in which a package name of namespace NS meets T's
  // libc: its own and macros (a macro rewrites any name; a package macro
  // meets every namespace).
  auto Meets = [](NameSpace NS) -> llvm::ArrayRef<NameSpace> {
    static const NameSpace Any[] = {NameSpace::Macro, NameSpace::Ordinary,
                                    NameSpace::Tag};
    static const NameSpace Ordinary[] = {NameSpace::Macro, NameSpace::Ordinary};
    static const NameSpace Tag[] = {NameSpace::Macro, NameSpace::Tag};
    return NS == NameSpace::Macro ? llvm::ArrayRef<NameSpace>(Any)
           : NS == NameSpace::Tag ? llvm::ArrayRef<NameSpace>(Tag)
                                  : llvm::ArrayRef<NameSpace>(Ordinary);
  };
  auto TargetHas = [&](NameSpace NS, const std::string &Name) {
    return NS == NameSpace::Macro ? LibcMacros.contains(Name)
                                  : !Lookup(NS, Name).empty();
  };
  // The package's files are the same on both (shapes compared above), in
  // the same order: the lead's node of each, mapped to the target's.
  std::map<int, int> ToCheap;
  {
    std::vector<int> A, B;
    for (size_t I = 0; I < LT.Nodes.size(); ++I)
      if (isPackageOrigin(LT.Nodes[I].Origin))
        A.push_back(static_cast<int>(I));
    for (size_t I = 0; I < CT.Nodes.size(); ++I)
      if (isPackageOrigin(CT.Nodes[I].Origin))
        B.push_back(static_cast<int>(I));
    for (size_t I = 0; I < A.size() && I < B.size(); ++I)
      ToCheap[A[I]] = B[I];
  }
  std::set<std::pair<NameSpace, std::string>> LeadLibcNames;
  for (const Declaration &D : Lead.Decls)
    if (D.Node > 0 && isLibcNode(LT.Nodes[D.Node]))
      LeadLibcNames.insert({nameSpaceOf(D.Kind), D.Name});
  // The libc files entered, with the identifiers their code spells.
  std::vector<std::pair<int, std::shared_ptr<const llvm::StringSet<>>>> Code;
  for (const Declaration &D : Lead.Decls) {
    if (D.Node < 0 || !isPackageOrigin(LT.Nodes[D.Node].Origin))
      continue;
    NameSpace NS = nameSpaceOf(D.Kind);
    bool Macro = NS == NameSpace::Macro;
    for (NameSpace In : Meets(NS)) {
      if (!TargetHas(In, D.Name))
        continue;
      // The same meeting on the lead (a tag against a tag, not the
      // package's `union wait` against a libc function wait()).
      bool Same = D.Node == 0
                      ? LeadLibcNames.count({In, D.Name}) > 0
                      : Macro || Lead.Refs.Names.count(nameKey(NS, D.Name)) > 0;
      if (!Same)
        return "the package declares '" + D.Name + "', as the libc does";
    }
    if (!Macro)
      continue;
    if (Code.empty())
      for (size_t I = 1; I < CT.Nodes.size(); ++I)
        if (CT.Nodes[I].Status == IncludeStatus::Entered &&
            isLibcNode(CT.Nodes[I]))
          Code.push_back({static_cast<int>(I),
                          Oracle.codeIdentifiers(CT.Nodes[I].Path)});
    for (const auto &[N, Idents] : Code)
      if (enteredAfter(CT, N, ToCheap[D.Node], D.Line) &&
          Idents->contains(D.Name))
        return "the package's macro '" + D.Name + "' is spelled in " +
               CT.Nodes[N].Header + ", included after it";
  }

  // Names the rules tell a story about are for the full parse.
  std::set<std::string> Used;
  for (const auto &[Key, R] : Lead.Refs.Names)
    Used.insert(nameOfKey(Key));
  Used.insert(Lead.Refs.MacrosExpanded.begin(), Lead.Refs.MacrosExpanded.end());
  // (Only the rules about this target's libc: a finding another target's
  // rule causes makes the caller parse this one in full anyway.)
  for (const LibraryRule &L : Rules.Libraries) {
    const LibraryRule::PerLibc *P = L.forLibc(T.Libc);
    if (P && P->Provider == "libc")
      continue;
    for (const std::string &F : L.Functions)
      if (Used.count(F))
        return "'" + F + "' has a library rule here";
    for (const std::string &H : L.Headers)
      if (Top.count(H))
        return "<" + H + "> has a library rule here";
  }
  for (const ApiRule &A : Rules.Apis)
    if (Used.count(A.Name) &&
        (A.Libcs.empty() || std::find(A.Libcs.begin(), A.Libcs.end(),
                                      T.Libc) != A.Libcs.end()))
      return "'" + A.Name + "' has an API rule here";
  return "";
}

} // namespace hstack
