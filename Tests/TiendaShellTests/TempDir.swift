import Foundation

/// A fresh temporary folder, removed at deinit.
final class TempDir {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "tienda-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }
}
