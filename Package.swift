// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "tienda",
  products: [
    .executable(name: "tienda", targets: ["tienda"])
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "TiendaStore", dependencies: ["CSQLite"]),
    .target(name: "TiendaCore", dependencies: ["TiendaStore"]),
    .target(name: "TiendaShell", dependencies: ["TiendaCore", "TiendaStore"]),
    .executableTarget(name: "tienda", dependencies: ["TiendaShell", "CEditLine", "CSQLite"]),
    .testTarget(name: "TiendaStoreTests", dependencies: ["TiendaStore"]),
    .testTarget(name: "TiendaCoreTests", dependencies: ["TiendaCore"]),
    .testTarget(name: "TiendaShellTests", dependencies: ["TiendaShell"]),
    .testTarget(name: "EndToEndTests", dependencies: [], exclude: ["Golden"]),
  ],
  swiftLanguageModes: [.v6]
)
