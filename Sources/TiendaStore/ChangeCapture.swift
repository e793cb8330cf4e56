import CSQLite

#if canImport(Glibc)
  import Glibc
#endif

/// The rows inserted, updated or deleted in chosen tables since the last
/// drain, as `[table, key1, key2…]` JSON arrays (the outbox of DESIGN §8.15).
///
/// SQLite's preupdate hook calls `record` for every row change of the
/// connection, before the change; the primary key is read from the row
/// (its first `keyColumns` columns: the new values of an insert or update,
/// the old ones of a delete). No trigger and no statement per row: the
/// schema every opening parses stays small, and deletes are seen too.
/// A SQL function drains the log (`SELECT … FROM json_each(tienda_outbox())`
/// in the journal's trigger), a rollback empties it, a rollback to a
/// savepoint takes back what was recorded after it.
public final class ChangeLog {
  /// Table name → (position, primary-key columns).
  private var tables: [String: (index: Int, keys: Int32)] = [:]
  private var names: [String] = []
  /// `,["sales",41],["product_taxes",3,1]` … (UTF-8, without brackets).
  private var buffer: [UInt8] = []
  /// Run before a top-level COMMIT while changes are still in the log (a
  /// write with no journal row): its rows then join the next event.
  var flushSQL: String?

  init() {}

  /// Rows are recorded from now on for these tables.
  func watch(_ list: [(name: String, keyColumns: Int)]) {
    for (name, keys) in list {
      tables[name] = (names.count, Int32(max(1, keys)))
      names.append(name)
    }
  }

  var isEmpty: Bool { buffer.isEmpty }
  /// The log as it stands (a savepoint begins). A copy-on-write value: free
  /// while the log is empty, as it is almost always.
  var mark: [UInt8] { buffer }
  /// Back to `mark` (the savepoint was rolled back): rows recorded since go,
  /// and rows drained since (into outbox rows the rollback undid) come back.
  func restore(_ mark: [UInt8]) { buffer = mark }
  func clear() { buffer.removeAll(keepingCapacity: true) }

  /// The log as a JSON array, emptied.
  func drain() -> [UInt8] {
    var out: [UInt8] = [UInt8(ascii: "[")]
    out.reserveCapacity(buffer.count + 1)
    out += buffer.dropFirst()
    out.append(UInt8(ascii: "]"))
    buffer.removeAll(keepingCapacity: true)
    return out
  }

  fileprivate func record(
    _ db: OpaquePointer, op: Int32, database: UnsafePointer<CChar>, table: UnsafePointer<CChar>
  ) {
    guard strcmp(database, "main") == 0, let entry = tables[String(cString: table)] else {
      return
    }
    switch op {
    case SQLITE_INSERT:
      append(entry, key(db, entry.keys, new: true))
    case SQLITE_DELETE:
      append(entry, key(db, entry.keys, new: false))
    default:
      // An update: the row's key now, and its old key when it changed.
      let new = key(db, entry.keys, new: true)
      append(entry, new)
      let old = key(db, entry.keys, new: false)
      if old != new { append(entry, old) }
    }
  }

  private func append(_ entry: (index: Int, keys: Int32), _ key: [UInt8]) {
    buffer += Array(",[\"".utf8)
    Self.escape(names[entry.index], into: &buffer)
    buffer.append(UInt8(ascii: "\""))
    buffer += key
    buffer.append(UInt8(ascii: "]"))
  }

  /// `,41,"iva"` — the key columns as JSON values, each after a comma.
  private func key(_ db: OpaquePointer, _ count: Int32, new: Bool) -> [UInt8] {
    var out: [UInt8] = []
    for column in 0..<count {
      var value: OpaquePointer?
      let rc =
        new
        ? sqlite3_preupdate_new(db, column, &value) : sqlite3_preupdate_old(db, column, &value)
      out.append(UInt8(ascii: ","))
      guard rc == SQLITE_OK, let value else {
        out += Array("null".utf8)
        continue
      }
      switch sqlite3_value_type(value) {
      case SQLITE_INTEGER:
        out += Array(String(sqlite3_value_int64(value)).utf8)
      case SQLITE_NULL:
        out += Array("null".utf8)
      default:
        out.append(UInt8(ascii: "\""))
        if let text = sqlite3_value_text(value) {
          Self.escape(String(cString: text), into: &out)
        }
        out.append(UInt8(ascii: "\""))
      }
    }
    return out
  }

  /// JSON string escaping (quotes, backslash, control characters).
  static func escape(_ text: String, into out: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out.append(UInt8(ascii: "\\"))
        out.append(byte)
      case 0..<0x20:
        out += Array("\\u00".utf8)
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0x0f)])
      default:
        out.append(byte)
      }
    }
  }
}

extension Database {
  /// Registers `name()`, the SQL function that returns the change log as a
  /// JSON array and empties it (`[]` while nothing is watched). Every
  /// connection that may write the table whose trigger calls it needs it.
  public func createChangeDrain(_ name: String) throws {
    let pointer = Unmanaged.passUnretained(changeLog).toOpaque()
    let rc = sqlite3_create_function_v2(
      handle, name, 0, SQLITE_UTF8, pointer,
      { context, _, _ in
        guard let context else { return }
        let log = Unmanaged<ChangeLog>.fromOpaque(sqlite3_user_data(context))
          .takeUnretainedValue()
        let json = log.drain()
        json.withUnsafeBufferPointer { bytes in
          bytes.withMemoryRebound(to: CChar.self) {
            sqlite3_result_text(context, $0.baseAddress, Int32($0.count), tienda_sqlite_transient())
          }
        }
      }, nil, nil, nil)
    if rc != SQLITE_OK { throw error(code: rc, sql: nil) }
  }

  /// From now on, every row inserted, updated or deleted in `tables` (each
  /// with its primary key's column count; the key is the table's first
  /// columns) is recorded in the change log. `flushSQL` runs before a
  /// top-level COMMIT that finds the log not empty.
  public func captureChanges(_ tables: [(name: String, keyColumns: Int)], flushSQL: String) {
    changeLog.watch(tables)
    changeLog.flushSQL = flushSQL
    let pointer = Unmanaged.passUnretained(changeLog).toOpaque()
    _ = sqlite3_preupdate_hook(
      handle,
      { context, db, op, database, table, _, _ in
        guard let context, let db, let database, let table else { return }
        Unmanaged<ChangeLog>.fromOpaque(context).takeUnretainedValue()
          .record(db, op: op, database: database, table: table)
      }, pointer)
    _ = sqlite3_rollback_hook(
      handle,
      { context in
        guard let context else { return }
        Unmanaged<ChangeLog>.fromOpaque(context).takeUnretainedValue().clear()
      }, pointer)
  }

  /// Before a top-level COMMIT: changes no journal row drained go into the
  /// outbox now (they join the next event).
  func flushChangeLog() throws {
    guard !changeLog.isEmpty, let sql = changeLog.flushSQL else { return }
    try execute(sql)
  }
}
