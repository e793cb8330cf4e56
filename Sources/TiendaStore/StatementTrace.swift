import CSQLite

#if canImport(Glibc)
  import Glibc
#endif

/// Statement tracing for the budget of DESIGN §8.21: with `TIENDA_TRAZA_SQL`
/// set to a file path, every statement SQLite starts is appended to that file,
/// one per line; statements run by triggers start with `--` (SQLite's own
/// convention), so top-level statements and trigger sub-statements can be
/// counted apart.
///
/// ```sh
/// TIENDA_TRAZA_SQL=/tmp/traza.txt tienda -c 'vender 1 pan, 1 té, 1 queso pagar efectivo'
/// grep -vc '^--' /tmp/traza.txt
/// ```
enum StatementTrace {
  /// Starts tracing on `handle` when the variable names a file it can open.
  static func install(on handle: OpaquePointer) {
    guard let path = getenv("TIENDA_TRAZA_SQL"), path.pointee != 0 else { return }
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return }
    let context = UnsafeMutableRawPointer(bitPattern: Int(fd) + 1)
    sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_STMT), traceCallback, context)
  }
}

private func traceCallback(
  _ kind: UInt32, _ context: UnsafeMutableRawPointer?, _ statement: UnsafeMutableRawPointer?,
  _ text: UnsafeMutableRawPointer?
) -> Int32 {
  guard kind == UInt32(SQLITE_TRACE_STMT), let context, let text else { return 0 }
  let fd = Int32(Int(bitPattern: context) - 1)
  var line = String(cString: text.assumingMemoryBound(to: CChar.self))
  line = line.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
  _ = line.utf8CString.withUnsafeBufferPointer { buffer in
    write(fd, buffer.baseAddress, buffer.count - 1)
  }
  return 0
}
