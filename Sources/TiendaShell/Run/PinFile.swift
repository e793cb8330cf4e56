#if canImport(Glibc)
  import Glibc
#endif

/// `TIENDA_PIN_ARCHIVO`: a cron job's PIN kept in a file only its owner can
/// read (mode 0600 or stricter), so it is not in the crontab or the
/// environment of every process (DESIGN.md §8.5).
public enum PinFile {
  /// The PIN in `path`, without the line end. Refuses a file others may
  /// read or write, anything but a regular file, and an empty one.
  public static func read(_ path: String) throws -> String {
    let fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      throw ShellError(RightsMessages.pinFileUnreadable(path, reason: Messages.systemReason(errno)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw ShellError(RightsMessages.pinFileNotRegular(path))
    }
    let mode = info.st_mode & 0o777
    guard mode & 0o077 == 0 else { throw ShellError(RightsMessages.pinFileOpen(path, mode: mode)) }
    // A PIN is at most 8 digits: a few bytes more allow for a line end.
    var bytes = [UInt8](repeating: 0, count: 64)
    let n = Glibc.read(fd, &bytes, bytes.count)
    guard n >= 0 else {
      throw ShellError(RightsMessages.pinFileUnreadable(path, reason: Messages.systemReason(errno)))
    }
    let pin = trimmed(String(decoding: bytes[0..<n], as: UTF8.self))
    guard !pin.isEmpty else { throw ShellError(RightsMessages.pinFileEmpty(path)) }
    return pin
  }

  /// `TIENDA_PIN` without the blanks around it; nil when there is none.
  public static func fromEnvironment(_ value: String?) -> String? {
    guard let value else { return nil }
    let pin = trimmed(value)
    return pin.isEmpty ? nil : pin
  }

  /// A PIN without the blanks around it: the line end a file or
  /// `TIENDA_PIN="$(cat …)"`-style quoting leaves (tab, LF, CR, space).
  public static func trimmed(_ text: String) -> String {
    let blank: Set<Character> = ["\t", "\n", "\r", " ", "\r\n"]
    let start = text.drop { blank.contains($0) }
    return String(start.reversed().drop { blank.contains($0) }.reversed())
  }
}
