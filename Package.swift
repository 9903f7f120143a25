// swift-tools-version: 6.0
// Dossier: a corpus-aware linter and language server for policy drafts.
//
// Layers depend only downward:
//   DossierCore (analysis) → DossierCommandLine (lint front end) → dossier (executable)
// The language server (a later layer) sits beside DossierCommandLine on the same core.

import PackageDescription

/// Generic types are instantiated through direct metadata accessor calls instead of by
/// demangling their mangled names at run time: the first use of each of a few hundred generic
/// types (arrays, dictionaries and tuples of Dossier's types) then costs a call, not a demangling,
/// about 7% of the instructions of a one-line lint. Code is slightly larger; behaviour is
/// the same.
let directMetadataAccess: [SwiftSetting] = [
  .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
]

let package = Package(
  name: "Dossier",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .executable(name: "dossier-bench", targets: ["dossier-bench"]),
    .library(name: "DossierCore", targets: ["DossierCore"]),
  ],
  targets: [
    // A small JSON reader and writer that remembers where each value was (line and column), so
    // a broken knowledge file or config is reported as file:line:col. No dependencies.
    .target(name: "DossierJSON", swiftSettings: directMetadataAccess),
    // The analysis core: corpus, draft model, matching, checks, lookups. No I/O beyond reading
    // corpus folders through `CorpusLoader`, no printing, no protocol types.
    .target(
      name: "DossierCore",
      dependencies: ["DossierJSON", "CMallocTrim"],
      swiftSettings: directMetadataAccess,
      plugins: [.plugin(name: "EmbedSeedCorpus")]
    ),
    // Turns the files in `seeds/` into Swift source at build time, so the default corpus is
    // compiled into the binary.
    .executableTarget(
      name: "dossier-embed-corpus",
      path: "Sources/EmbedCorpusTool"
    ),
    .plugin(
      name: "EmbedSeedCorpus",
      capability: .buildTool(),
      dependencies: ["dossier-embed-corpus"],
      path: "Sources/EmbedSeedCorpusPlugin"
    ),
    // The protocol layer: JSON-RPC framing and messages, LSP types. Knows nothing of Dossier.
    .target(
      name: "DossierProtocol",
      dependencies: ["DossierJSON"],
      swiftSettings: directMetadataAccess
    ),
    // The language server: lifecycle, document sync, diagnostics, hover, completion, …
    .target(
      name: "DossierServer",
      dependencies: ["DossierCore", "DossierProtocol", "DossierJSON"],
      swiftSettings: directMetadataAccess
    ),
    // glibc's `<malloc.h>` for the corpus index, which returns a corpus build's memory to the
    // system.
    .systemLibrary(name: "CMallocTrim", path: "Sources/CMallocTrim"),
    // `<sys/xattr.h>` for `FixWriter`, which keeps a draft's extended attributes.
    .systemLibrary(name: "CExtendedAttributes", path: "Sources/CExtendedAttributes"),
    // The headless front end: argument parsing, configuration, output formats, `--fix`.
    .target(
      name: "DossierCommandLine",
      dependencies: ["DossierCore", "DossierJSON", "CExtendedAttributes"],
      swiftSettings: directMetadataAccess
    ),
    .executableTarget(
      name: "dossier",
      dependencies: ["DossierCommandLine", "DossierServer"],
      swiftSettings: directMetadataAccess,
      // On Linux the Swift runtime and FoundationEssentials are linked in: a run of `dossier`
      // then starts without resolving a dozen shared libraries' symbols (about 3 ms of every
      // lint). A release build goes further and links the C library too (a static executable,
      // no dynamic loader at all: another 1.5 ms a run); debug builds keep it shared, because
      // AddressSanitizer (`swift test --sanitize=address`) cannot instrument a static
      // executable. The libraries named here are FoundationEssentials' own: a module linked
      // into `dossier` must import FoundationEssentials, not Foundation (which would need
      // CoreFoundation and ICU here as well). The link warns about `mktemp`, which
      // FoundationEssentials references and Dossier never calls, and, in release, that glibc's
      // user and group lookups (`getpwuid_r` and the like) and `dlopen` need the shared C
      // library at run time. Dossier must never reach them: in a static executable they load
      // the host's NSS modules (LDAP, systemd) into a static C library and crash. So it reads
      // `HOME` from the environment, takes a file's mode from `stat` (`FixWriter`), and asks
      // FileManager for no file attributes (they carry owner and group names). The Swift
      // runtime's one `dlopen`, of an optional library, fails quietly.
      linkerSettings: [
        .unsafeFlags(
          ["-static-executable", "-l_FoundationCollections", "-l_FoundationCShims"],
          .when(platforms: [.linux], configuration: .release)),
        .unsafeFlags(
          ["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims"],
          .when(platforms: [.linux], configuration: .debug)),
      ]
    ),
    // What the fuzz targets check, as plain functions: run by libFuzzer (`Fuzz/run.sh`) and, on
    // every input kept in `Fuzz/corpus/`, by the test suite.
    .target(
      name: "DossierFuzzing",
      dependencies: ["DossierCore", "DossierProtocol", "DossierJSON"]
    ),
    // The benchmark: `swift run -c release dossier-bench` prints a table of figures.
    .executableTarget(
      name: "dossier-bench",
      dependencies: ["DossierJSON"]
    ),
    // What every test target shares: the per-process scratch folder.
    .target(
      name: "DossierTestSupport",
      path: "Tests/DossierTestSupport"
    ),
    .testTarget(
      name: "DossierJSONTests",
      dependencies: ["DossierJSON"]
    ),
    .testTarget(
      name: "DossierProtocolTests",
      dependencies: ["DossierProtocol", "DossierJSON"]
    ),
    .testTarget(
      name: "DossierCoreTests",
      dependencies: ["DossierCore", "DossierTestSupport"]
    ),
    .testTarget(
      name: "DossierCommandLineTests",
      dependencies: ["DossierCommandLine", "DossierCore", "DossierJSON", "DossierTestSupport"]
    ),
    .testTarget(
      name: "DossierFuzzingTests",
      dependencies: ["DossierFuzzing"]
    ),
    .testTarget(
      name: "DossierServerTests",
      dependencies: ["DossierServer", "DossierProtocol", "DossierJSON", "DossierCore", "DossierTestSupport"]
    ),
    .testTarget(
      name: "DossierEndToEndTests",
      dependencies: ["DossierJSON", "DossierTestSupport"],
      exclude: ["LookupCases"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
