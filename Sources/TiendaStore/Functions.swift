import CSQLite

private final class TextFunctionBox {
  let function: (String) -> String
  init(_ function: @escaping (String) -> String) { self.function = function }
}

private final class CollationBox {
  let compare: (String, String) -> Int
  init(_ compare: @escaping (String, String) -> Int) { self.compare = compare }
}

extension Database {
  /// Registers a deterministic one-argument text function, e.g. `fold(name)`.
  public func createFunction(_ name: String, _ function: @escaping (String) -> String) throws {
    let box = TextFunctionBox(function)
    let pointer = Unmanaged.passRetained(box).toOpaque()
    let rc = sqlite3_create_function_v2(
      handle, name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, pointer,
      { context, argc, argv in
        guard let context, argc == 1, let argv, let arg = argv[0] else { return }
        let box = Unmanaged<TextFunctionBox>.fromOpaque(sqlite3_user_data(context))
          .takeUnretainedValue()
        if sqlite3_value_type(arg) == SQLITE_NULL {
          sqlite3_result_null(context)
          return
        }
        let text = sqlite3_value_text(arg).map { String(cString: $0) } ?? ""
        let result = box.function(text)
        sqlite3_result_text(context, result, -1, tienda_sqlite_transient())
      }, nil, nil,
      { pointer in
        if let pointer { Unmanaged<TextFunctionBox>.fromOpaque(pointer).release() }
      })
    if rc != SQLITE_OK { throw error(code: rc, sql: nil) }
  }

  /// Registers a collation used by `ORDER BY name COLLATE <name>`.
  public func createCollation(_ name: String, _ compare: @escaping (String, String) -> Int)
    throws
  {
    let box = CollationBox(compare)
    let pointer = Unmanaged.passRetained(box).toOpaque()
    let rc = sqlite3_create_collation_v2(
      handle, name, SQLITE_UTF8, pointer,
      { pointer, n1, p1, n2, p2 in
        guard let pointer else { return 0 }
        let box = Unmanaged<CollationBox>.fromOpaque(pointer).takeUnretainedValue()
        let a =
          p1.map {
            String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(n1)), as: UTF8.self)
          } ?? ""
        let b =
          p2.map {
            String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(n2)), as: UTF8.self)
          } ?? ""
        return Int32(box.compare(a, b))
      },
      { pointer in
        if let pointer { Unmanaged<CollationBox>.fromOpaque(pointer).release() }
      })
    if rc != SQLITE_OK { throw error(code: rc, sql: nil) }
  }
}
