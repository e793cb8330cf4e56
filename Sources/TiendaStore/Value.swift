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

/// One result row, read by column name (`try row.int("total")`,
/// `let note: String? = try row["note"]`; see `RowColumns.swift`) or, for
/// older code, by column index.
public struct Row: Sendable {
  public let values: [SQLValue]
  /// The statement's column names, shared by every row it returns.
  public let columns: ColumnNames

  public init(values: [SQLValue], columns: ColumnNames = .none) {
    self.values = values
    self.columns = columns
  }

  public func int(_ index: Int) -> Int64 { Int64.read(values[index]) }

  public func optionalInt(_ index: Int) -> Int64? { Int64?.read(values[index]) }

  public func string(_ index: Int) -> String { String.read(values[index]) }

  public func optionalString(_ index: Int) -> String? { String?.read(values[index]) }

  public func bool(_ index: Int) -> Bool { int(index) != 0 }

  /// The bytes of a BLOB (text as UTF-8); nil for NULL.
  public func optionalBlob(_ index: Int) -> [UInt8]? { [UInt8]?.read(values[index]) }
}
