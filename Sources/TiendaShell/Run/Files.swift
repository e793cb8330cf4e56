#if canImport(Glibc)
  import Glibc
#endif

/// Reading and writing the user's files (`> archivo`, import, export).
public enum Files {
  /// Writes all of `text` to a file descriptor (stdout, stderr), retrying
  /// interrupted writes.
  public static func writeAll(_ text: String, to fd: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n <= 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(n)
    }
  }

  /// Writes `text` to `path` all at once: into a temporary file beside it,
  /// then renamed over it, so a failure never leaves half a file. Refuses
  /// the `protected` paths (the shop file and its companions).
  static func write(_ path: String, _ text: String, protected: [String]) throws {
    let target = resolved(path)
    if protected.contains(where: { resolved($0) == target }) {
      throw ShellError(Messages.redirectIntoShopFile)
    }
    let temporary = path + ".tienda-tmp-" + String(getpid())
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw ShellError(Messages.cannotWriteFile(path, Messages.systemReason(errno)))
    }
    var bytes = Array(text.utf8)[...]
    var failure: Int32 = 0
    while !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        failure = errno
        break
      }
      bytes = bytes.dropFirst(n)
    }
    if failure == 0 && fsync(fd) != 0 { failure = errno }
    if close(fd) != 0 && failure == 0 { failure = errno }
    if failure == 0 && rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw ShellError(Messages.cannotWriteFile(path, Messages.systemReason(failure)))
    }
  }

  /// The bytes of a file, or a Spanish error naming it.
  public static func read(_ path: String) throws -> [UInt8] {
    guard let file = fopen(path, "r") else {
      throw ShellError(Messages.cannotReadFile(path, Messages.systemReason(errno)))
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = fread(&buffer, 1, buffer.count, file)
      if n > 0 { bytes += buffer[0..<n] }
      if n < buffer.count {
        if ferror(file) != 0 {
          throw ShellError(Messages.cannotReadFile(path, Messages.systemReason(errno)))
        }
        break
      }
    }
    return bytes
  }

  /// The absolute, symlink-free form of a path whose last part may not exist yet.
  static func resolved(_ path: String) -> String {
    if let real = realpath(path, nil) {
      defer { free(real) }
      return String(cString: real)
    }
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard let real = realpath(folder.isEmpty ? "/" : folder, nil) else { return path }
    defer { free(real) }
    return String(cString: real) + "/" + name
  }
}
