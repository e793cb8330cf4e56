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
    try write(path, protected: protected) { try $0(text) }
  }

  /// The same, with the text produced in pieces by `produce` (a long
  /// listing never held whole); a failure while producing removes the
  /// temporary file and leaves `path` as it was.
  static func write(
    _ path: String, protected: [String],
    produce: (_ sink: (String) throws -> Void) throws -> Void
  ) throws {
    if isProtected(path, protected) { throw ShellError(Messages.redirectIntoShopFile) }
    // Another shop file, a backup, any SQLite database: an export never
    // replaces one (a typo in `> archivo` would destroy a shop).
    if isDatabase(path) { throw ShellError(Messages.redirectIntoDatabase(path)) }
    // An existing device or FIFO (`> /dev/null`, `> /dev/stdout`) is written
    // in place: renaming over it would replace it with a plain file (as
    // root, /dev/null for the whole system). A folder or socket is refused.
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
      try writeInPlace(path, kind: FileKind(mode: info.st_mode), produce: produce)
      return
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
    var failure: Int32 = 0
    do {
      try produce { text in
        guard failure == 0 else { return }
        failure = writeAll(Array(text.utf8)[...], to: fd)
      }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
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

  /// Largest file read as a script or a CSV (64 MiB): a catalogue of
  /// 50.000 products is about 5 MB.
  public static let maximumReadBytes = 64 << 20

  /// `text` written straight into a character device or a FIFO (which
  /// must have a reader: opening never waits); any other kind is refused.
  /// Whether `path` is an existing regular file that starts like an SQLite
  /// database («SQLite format 3» and a NUL).
  static func isDatabase(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
    var header = [UInt8](repeating: 0, count: 16)
    let n = header.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 16) }
    return n == 16 && header == Array("SQLite format 3\u{0}".utf8)
  }

  /// Writes every byte of `bytes` to `fd`; 0, or the `errno` that stopped it.
  static func writeAll(_ bytes: ArraySlice<UInt8>, to fd: Int32) -> Int32 {
    var bytes = bytes
    while !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      bytes = bytes.dropFirst(n)
    }
    return 0
  }

  static func writeInPlace(
    _ path: String, kind: FileKind, produce: (_ sink: (String) throws -> Void) throws -> Void
  ) throws {
    guard kind == .device || kind == .fifo else {
      throw ShellError(Messages.notWritableKind(path, kind: kind))
    }
    let fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENXIO { throw ShellError(Messages.fifoWithoutReader(path)) }
      throw ShellError(Messages.cannotWriteFile(path, Messages.systemReason(errno)))
    }
    defer { close(fd) }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    try produce { text in
      let failure = writeAll(Array(text.utf8)[...], to: fd)
      if failure != 0 {
        throw ShellError(Messages.cannotWriteFile(path, Messages.systemReason(failure)))
      }
    }
  }

  /// The bytes of a file, or a Spanish error naming it. Only regular files
  /// are read: a device (`/dev/zero`), a FIFO or a folder is refused before
  /// any byte is read (opening does not wait for a FIFO's writer), and so
  /// is a file above `maximumReadBytes` (also one that grows while read).
  public static func read(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      throw ShellError(Messages.cannotReadFile(path, Messages.systemReason(errno)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw ShellError(Messages.cannotReadFile(path, Messages.systemReason(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw ShellError(Messages.notRegularFile(path, kind: FileKind(mode: info.st_mode)))
    }
    guard info.st_size <= maximumReadBytes else {
      throw ShellError(
        Messages.fileTooLarge(path, bytes: Int(info.st_size), maximum: maximumReadBytes))
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw ShellError(Messages.cannotReadFile(path, Messages.systemReason(errno)))
      }
      if n == 0 { break }
      bytes += buffer[0..<n]
      guard bytes.count <= maximumReadBytes else {
        throw ShellError(Messages.fileTooLarge(path, bytes: bytes.count, maximum: maximumReadBytes))
      }
    }
    return bytes
  }

  /// What a path is when it is not a regular file.
  public enum FileKind: Sendable {
    case folder, device, fifo, socket, other

    init(mode: mode_t) {
      switch mode & S_IFMT {
      case S_IFDIR: self = .folder
      case S_IFCHR, S_IFBLK: self = .device
      case S_IFIFO: self = .fifo
      case S_IFSOCK: self = .socket
      default: self = .other
      }
    }
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
