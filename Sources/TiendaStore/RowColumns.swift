import CSQLite

/// The column names of one prepared statement, built once and shared by
/// every `Row` it returns (one reference per row, no dictionary per row).
///
/// A name is looked up exactly first, then ignoring ASCII case; with
/// duplicate names (`SELECT a.id, b.id`) the leftmost column wins.
public final class ColumnNames: Sendable {
  public let names: [String]
  let sql: String
  private let index: [String: Int]

  /// No names: rows built by hand (`Row(values:)`).
  public static let none = ColumnNames([], sql: "")

  public init(_ names: [String], sql: String) {
    self.names = names
    self.sql = sql
    var index: [String: Int] = [:]
    index.reserveCapacity(names.count)
    for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
    self.index = index
  }

  public var count: Int { names.count }

  /// The index of `name`, or nil when the statement has no such column.
  public func index(of name: String) -> Int? {
    if let i = index[name] { return i }
    let folded = name.lowercased()
    return names.firstIndex { $0.lowercased() == folded }
  }
}

/// A Swift type read from one column. Conversions are those of the
/// positional accessors (`Row.int(_:)`, `Row.string(_:)`): a non-optional
/// type reads NULL as 0, "" or false; ask for an optional type
/// (`Int64?`, `String?`) to tell NULL apart.
public protocol SQLReadable {
  static func read(_ value: SQLValue) -> Self
}

extension SQLValue: SQLReadable {
  public static func read(_ value: SQLValue) -> SQLValue { value }
}

extension Int64: SQLReadable {
  public static func read(_ value: SQLValue) -> Int64 {
    switch value {
    case .integer(let v): return v
    case .real(let v): return Int64(exactly: v.rounded(.towardZero)) ?? 0
    case .text(let s): return Int64(s) ?? 0
    default: return 0
    }
  }
}

extension Int: SQLReadable {
  public static func read(_ value: SQLValue) -> Int { Int(truncatingIfNeeded: Int64.read(value)) }
}

extension Bool: SQLReadable {
  public static func read(_ value: SQLValue) -> Bool { Int64.read(value) != 0 }
}

extension Double: SQLReadable {
  public static func read(_ value: SQLValue) -> Double {
    switch value {
    case .integer(let v): return Double(v)
    case .real(let v): return v
    case .text(let s): return Double(s) ?? 0
    default: return 0
    }
  }
}

extension String: SQLReadable {
  public static func read(_ value: SQLValue) -> String {
    switch value {
    case .text(let s): return s
    case .integer(let v): return String(v)
    case .real(let v): return String(v)
    case .blob(let b): return String(decoding: b, as: UTF8.self)
    case .null: return ""
    }
  }
}

extension Array: SQLReadable where Element == UInt8 {
  /// The bytes of a BLOB (text as UTF-8); empty for NULL.
  public static func read(_ value: SQLValue) -> [UInt8] {
    switch value {
    case .blob(let b): return b
    case .text(let s): return Array(s.utf8)
    case .null: return []
    default: return Array(String.read(value).utf8)
    }
  }
}

extension Optional: SQLReadable where Wrapped: SQLReadable {
  public static func read(_ value: SQLValue) -> Wrapped? {
    if case .null = value { return nil }
    return Wrapped.read(value)
  }
}

extension Row {
  /// The value of column `name`, converted to the type asked for:
  /// `let total: Int64 = try row["total"]`, `let note: String? = try row["note"]`.
  ///
  /// A name the statement does not return is a programming error; it throws
  /// a `StoreError` (kind `.other`, SQLITE_MISUSE) naming the column and the
  /// SQL, which the shell words as a database error ("no se guardó nada").
  public subscript<T: SQLReadable>(_ name: String) -> T {
    get throws { T.read(try value(name)) }
  }

  /// The raw value of column `name`.
  public func value(_ name: String) throws -> SQLValue {
    guard let i = columns.index(of: name), i < values.count else {
      throw StoreError(
        kind: .other, code: SQLITE_MISUSE,
        message: "no column named \"\(name)\" (columns: \(columns.names.joined(separator: ", ")))",
        sql: columns.sql)
    }
    return values[i]
  }

  /// Whether the statement returns a column `name`.
  public func hasColumn(_ name: String) -> Bool { columns.index(of: name) != nil }

  public func int(_ name: String) throws -> Int64 { try self[name] }
  public func optionalInt(_ name: String) throws -> Int64? { try self[name] }
  public func string(_ name: String) throws -> String { try self[name] }
  public func optionalString(_ name: String) throws -> String? { try self[name] }
  public func bool(_ name: String) throws -> Bool { try self[name] }
  public func optionalBool(_ name: String) throws -> Bool? { try self[name] }
  public func double(_ name: String) throws -> Double { try self[name] }
  /// The bytes of a BLOB (text as UTF-8); empty for NULL.
  public func blob(_ name: String) throws -> [UInt8] { try self[name] }
  /// The bytes of a BLOB (text as UTF-8); nil for NULL.
  public func optionalBlob(_ name: String) throws -> [UInt8]? { try self[name] }

  /// A string column read as an enum (`let state: TicketState = try row.enumValue("state")`);
  /// an unknown raw value throws a `StoreError` naming the column and value.
  public func enumValue<E: RawRepresentable>(_ name: String) throws -> E
  where E.RawValue: SQLReadable {
    let raw: E.RawValue = try self[name]
    guard let value = E(rawValue: raw) else {
      throw StoreError(
        kind: .other, code: SQLITE_MISMATCH,
        message: "unexpected value \"\(raw)\" in column \"\(name)\" for \(E.self)",
        sql: columns.sql)
    }
    return value
  }

  /// Like `enumValue(_:)`, nil for NULL.
  public func optionalEnumValue<E: RawRepresentable>(_ name: String) throws -> E?
  where E.RawValue: SQLReadable {
    if case .null = try value(name) { return nil }
    return try enumValue(name) as E
  }
}
