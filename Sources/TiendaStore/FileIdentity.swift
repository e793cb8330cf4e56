#if canImport(Glibc)
  import Glibc
#endif

extension Database {
  /// The file's identity on this machine: `device:inode@host`. A copy, a
  /// file moved to another disk or opened on another machine has another
  /// one (the sync epoch changes with it, DESIGN §8.15). Nil for an
  /// in-memory database.
  public func fileIdentity() -> String? {
    var info = stat()
    guard !path.isEmpty, path != ":memory:", stat(path, &info) == 0 else { return nil }
    var host = [CChar](repeating: 0, count: 256)
    _ = gethostname(&host, host.count - 1)
    let hostName = String(
      decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return String(info.st_dev) + ":" + String(info.st_ino) + "@" + hostName
  }
}
