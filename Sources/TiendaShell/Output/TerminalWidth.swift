#if canImport(Glibc)
  import Glibc
#endif

/// The width of the screen the output goes to.
extension Terminal {
  /// Columns of the terminal on stdout (TIOCGWINSZ), else `COLUMNS`, else 80
  /// (a pipe or a file: the width is unknown).
  public static func width() -> Int {
    if isatty(1) == 1 {
      var size = winsize()
      if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    }
    if let text = getenv("COLUMNS").map({ String(cString: $0) }), let n = Int(text), n > 0 {
      return n
    }
    return 80
  }
}
