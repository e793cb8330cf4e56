// swift-tools-version: 6.0
import PackageDescription

// The program's modules do not see `_StringProcessing` (regexes and its
// string algorithms): using any of it links that module and the regex parser
// into the program, 1,2 MB of the 12 MB budget (DESIGN §7). A string inside
// a string: `contains(_:)` and `textRange(of:)` from TiendaCore
// (Text/TextSearch.swift). See Docs/decisiones.md, «Tamaño del binario».
let noStringProcessing = SwiftSetting.unsafeFlags([
  "-Xfrontend", "-disable-implicit-string-processing-module-import",
])

let package = Package(
  name: "tienda",
  products: [
    .executable(name: "tienda", targets: ["tienda"]),
    // For the fuzz package in Fuzz/ (Scripts/fuzz.sh); nothing else links it.
    .library(name: "TiendaShell", targets: ["TiendaShell"]),
  ],
  targets: [
    // Headers from /usr/include; linked as `sqlite3` by the module map (release
    // builds link Debian's libsqlite3.a: see Scripts/lib/release.sh).
    .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
    // Headers only: libedit is loaded with dlopen when the prompt opens (see shim.h).
    .systemLibrary(name: "CEditLine", providers: [.apt(["libedit-dev"])]),
    .target(name: "TiendaStore", dependencies: ["CSQLite"], swiftSettings: [noStringProcessing]),
    // PINs are hashed with 210.000 PBKDF2 rounds: this small target is
    // optimized even in debug builds, so tests and `swift run` stay quick.
    .target(
      name: "TiendaCrypto",
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug)), noStringProcessing]),
    .target(
      name: "TiendaCore", dependencies: ["TiendaStore", "TiendaCrypto"],
      swiftSettings: [noStringProcessing]),
    // Documents rendered to ESC/POS, ZPL, PDF or text; transports; the spool.
    .target(name: "TiendaPrint", dependencies: ["TiendaCore"], swiftSettings: [noStringProcessing]),
    .target(
      name: "TiendaShell", dependencies: ["TiendaCore", "TiendaStore", "TiendaPrint"],
      swiftSettings: [noStringProcessing]),
    .executableTarget(
      name: "tienda", dependencies: ["TiendaShell", "TiendaStore", "TiendaPrint", "CEditLine"],
      swiftSettings: [noStringProcessing]),
    // Catalog look-up benchmark (Scripts/bench-catalog.sh); not installed.
    .executableTarget(name: "tienda-bench", dependencies: ["TiendaShell", "TiendaCore"]),
    // Temporary folders for the unit tests (tests only; may use Foundation).
    .target(name: "TiendaTestSupport", path: "Tests/TiendaTestSupport"),
    .testTarget(name: "TiendaStoreTests", dependencies: ["TiendaStore", "TiendaTestSupport"]),
    .testTarget(
      name: "TiendaCoreTests", dependencies: ["TiendaCore", "TiendaCrypto", "TiendaTestSupport"]),
    .testTarget(name: "TiendaCryptoTests", dependencies: ["TiendaCrypto"]),
    .testTarget(
      name: "TiendaPrintTests", dependencies: ["TiendaPrint", "TiendaCore", "TiendaTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "TiendaShellTests", dependencies: ["TiendaShell", "TiendaStore", "TiendaTestSupport"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["TiendaTestSupport"], exclude: ["Golden", "Corpus"]),
  ],
  swiftLanguageModes: [.v6]
)
