// swift-tools-version: 6.0
// The libFuzzer target for tienda's lexer and parser (DESIGN §8.21). A
// package of its own, so a plain `swift build` or `swift test` of tienda
// never builds or links it. Build and run it with `Scripts/fuzz.sh`.
import PackageDescription

let package = Package(
  name: "tienda-fuzz",
  dependencies: [.package(name: "tienda", path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzParser",
      dependencies: [.product(name: "TiendaShell", package: "tienda")],
      path: "FuzzParser")
  ],
  swiftLanguageModes: [.v6]
)
