import Foundation

/// A fresh temporary folder, removed at deinit.
public final class TempDir {
  public let path: String

  public init() {
    path = NSTemporaryDirectory() + "tienda-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  public func file(_ name: String) -> String { path + "/" + name }
}
