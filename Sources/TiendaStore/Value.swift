/// A value bound to or read from SQLite.
public enum SQLValue: Equatable, Sendable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
  case blob([UInt8])
}

/// Types that can be bound as statement parameters.
public protocol SQLBindable {
  var sqlValue: SQLValue { get }
}

extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
  public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// One result row, read by column index.
public struct Row: Sendable {
  public let values: [SQLValue]

  public init(values: [SQLValue]) { self.values = values }

  public func int(_ index: Int) -> Int64 {
    switch values[index] {
    case .integer(let v): return v
    case .real(let v): return Int64(v)
    case .text(let s): return Int64(s) ?? 0
    default: return 0
    }
  }

  public func optionalInt(_ index: Int) -> Int64? {
    if case .null = values[index] { return nil }
    return int(index)
  }

  public func string(_ index: Int) -> String {
    switch values[index] {
    case .text(let s): return s
    case .integer(let v): return String(v)
    case .real(let v): return String(v)
    case .blob(let b): return String(decoding: b, as: UTF8.self)
    case .null: return ""
    }
  }

  public func optionalString(_ index: Int) -> String? {
    if case .null = values[index] { return nil }
    return string(index)
  }

  public func bool(_ index: Int) -> Bool { int(index) != 0 }

  /// The bytes of a BLOB (text as UTF-8); nil for NULL.
  public func optionalBlob(_ index: Int) -> [UInt8]? {
    switch values[index] {
    case .blob(let b): return b
    case .text(let s): return Array(s.utf8)
    case .null: return nil
    default: return Array(string(index).utf8)
    }
  }
}
