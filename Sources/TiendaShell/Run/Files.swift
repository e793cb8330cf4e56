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

  /// Writes `text` to `path` all at once: into a fresh temporary file in the
  /// same folder (made by `mkstemp`, so `O_EXCL`: a planted symlink or file
  /// with that name is never opened), then renamed over `path` (a symlink at
  /// `path` is replaced, never followed), so a failure never leaves half a
  /// file. Refuses the `protected` paths (the shop file and its companions),
  /// whichever way they are named.
  static func write(_ path: String, _ text: String, protected: [String]) throws {
    if isProtected(path, protected) { throw ShellError(Messages.redirectIntoShopFile) }
    // A device, pipe or socket (or a symlink to one: /dev/stdout) is never
    // replaced: renaming over /dev/null would break the whole system.
    var info = stat()
    if stat(path, &info) == 0 {
      let kind = info.st_mode & S_IFMT
      if kind != S_IFREG && kind != S_IFDIR {
        throw ShellError(FreshEyeMessages.notARegularFile(path))
      }
    }
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array(
      ((folder.isEmpty ? "" : folder) + "/." + name + ".tienda-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw ShellError(Messages.cannotWriteFile(path, Messages.systemReason(errno)))
    }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // mkstemp makes it 0600; an export is an ordinary file (0644 less the umask).
    let mask = umask(0o022)
    umask(mask)
    _ = fchmod(fd, 0o644 & ~mask)
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

  /// The paths that must never be written for a shop file: as given, and as
  /// SQLite really opens them (a shop opened through a symlink keeps its
  /// `-wal` and `-shm` beside the real file, not beside the link).
  public static func shopPaths(_ db: String) -> [String] {
    let suffixes = ["", "-wal", "-shm", "-journal"]
    var paths = suffixes.map { db + $0 }
    let real = resolved(db)
    if real != db { paths += suffixes.map { real + $0 } }
    return paths
  }

  /// Whether writing `path` would land on one of `protected`: the same
  /// symlink-free path, or (for files that exist) the same device and inode,
  /// so a symlink or a hard link to the shop file counts as the shop file.
  static func isProtected(_ path: String, _ protected: [String]) -> Bool {
    let target = resolved(path)
    var targetInfo = stat()
    let targetExists = stat(path, &targetInfo) == 0
    for candidate in protected {
      if resolved(candidate) == target { return true }
      var info = stat()
      if targetExists, stat(candidate, &info) == 0, info.st_dev == targetInfo.st_dev,
        info.st_ino == targetInfo.st_ino
      {
        return true
      }
    }
    return false
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
