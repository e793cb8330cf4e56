#if canImport(Glibc)
  import Glibc
#endif

/// Private temporary folders (mode 0700) for the demo shop and practice
/// copies, removed with everything in them when they are done or when the
/// program exits.
public enum ScratchFolder {
  /// Folders to remove at exit.
  nonisolated(unsafe) static var pending: [String] = []

  /// Creates `$TMPDIR/<prefix>-XXXXXX` (else `/tmp`), mode 0700.
  public static func make(_ prefix: String) throws -> String {
    let base =
      getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/" + prefix + "-XXXXXX").utf8CString)
    guard mkdtemp(&template) != nil else {
      throw ShellError(Messages.scratchFailed(base, reason: String(cString: strerror(errno))))
    }
    let bytes = template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Removes `folder` at exit (a normal exit, also through `exit()`).
  public static func removeAtExit(_ folder: String) {
    if pending.isEmpty { atexit { ScratchFolder.removeAll() } }
    pending.append(folder)
  }

  static func removeAll() {
    for folder in pending { remove(folder) }
    pending = []
  }

  /// Deletes the files directly inside `folder`, then the folder.
  public static func remove(_ folder: String) {
    pending.removeAll { $0 == folder }
    guard let dir = opendir(folder) else { return }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    closedir(dir)
    for name in names { unlink(folder + "/" + name) }
    rmdir(folder)
  }
}
