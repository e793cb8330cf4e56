import TiendaCrypto
import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// What one `sincronizar` sent.
public struct PushReport: Sendable, Equatable {
  /// Events the central applied now.
  public var events = 0
  /// Rows those events carried.
  public var rows = 0
  /// Events the central already had, with the same content (a push cut
  /// after the central's commit, sent again).
  public var alreadyThere = 0
  /// Events the central had with OTHER content: recorded there in
  /// `tienda.conflictos`, not applied (sequence numbers).
  public var conflicts: [Int64] = []
}

/// An event ready to go: its rows per table and its content hash.
struct PushEvent {
  let event: OutboxEvent
  var rowCount = 0
  var hash = ""
}

extension Sync {
  /// `sincronizar`: sends the events the central has not acknowledged, in
  /// order, in batches; each batch is one central transaction and the
  /// acknowledged sequence is written here only after its commit. Safe to
  /// cut at any point (the next push resends, the central skips what it has).
  public func push() throws -> PushReport {
    let pg = try connect()
    do {
      return try push(to: pg)
    } catch let error as PostgresError {
      throw SyncError.postgres(error)
    }
  }

  func push(to pg: PostgresConnection) throws -> PushReport {
    guard try CentralSchema.currentVersion(pg) == CentralSchema.version else {
      throw SyncError.centralNotPrepared
    }
    let me = try branch()
    var shapes: [String: LocalTableShape] = [:]
    var report = PushReport()
    var acknowledged = try acknowledgedSequence()
    while true {
      let batch = try db.read { try readBatch(after: acknowledged, shapes: &shapes) }
      guard let last = batch.events.last else { break }
      try pg.transaction {
        try CentralApply.lock(pg, branch: me.id)
        try CentralApply.upsertBranch(
          pg, id: me.id, name: me.name, zone: settings.effectiveZone,
          currency: settings.currency.code)
        let existing = try CentralApply.existingHashes(pg, branch: me.id, events: batch.events)
        var fresh: [PushEvent] = []
        var freshSeqs = Set<Int64>()
        for item in batch.events {
          let key = item.event.epoch + "/" + String(item.event.seq)
          if let hash = existing[key] {
            if hash == item.hash {
              report.alreadyThere += 1
            } else {
              try CentralApply.recordConflict(pg, branch: me.id, event: item, centralHash: hash)
              report.conflicts.append(item.event.seq)
            }
          } else {
            fresh.append(item)
            freshSeqs.insert(item.event.seq)
          }
        }
        try CentralApply.insertEvents(pg, branch: me.id, fresh)
        for (table, rows) in batch.rows {
          guard let shape = shapes[table] else { continue }
          let wanted = rows.filter { freshSeqs.contains($0.seq) }.map {
            (epoch: $0.epoch, values: $0.values)
          }
          if !wanted.isEmpty {
            try CentralApply.upsert(pg, branch: me.id, table: shape, rows: wanted)
          }
        }
        report.events += fresh.count
        report.rows += fresh.reduce(0) { $0 + $1.rowCount }
      }
      // Only now, after the central's commit.
      Self.pauseForTests()
      acknowledged = last.event.seq
      try db.write {
        try OutboxStore.set(db, OutboxStore.Key.acknowledged, String(acknowledged))
        try OutboxStore.set(db, OutboxStore.Key.lastPush, String(clock.now()))
      }
    }
    return report
  }

  /// `TIENDA_PAUSA_ENVIO_MS`: the tests' window to SIGKILL a push between
  /// the central's commit and the local acknowledgement (the worst moment).
  private static func pauseForTests() {
    guard let text = getenv("TIENDA_PAUSA_ENVIO_MS"), let ms = UInt32(String(cString: text))
    else { return }
    usleep(ms * 1000)
  }

  func acknowledgedSequence() throws -> Int64 {
    Int64(try OutboxStore.setting(db, OutboxStore.Key.acknowledged) ?? "0") ?? 0
  }

  /// Up to ~20.000 rows of events after `seq`, their rows' content (text,
  /// as PostgreSQL reads it) grouped by table, and each event's hash.
  private func readBatch(after seq: Int64, shapes: inout [String: LocalTableShape]) throws -> (
    events: [PushEvent], rows: [String: [(seq: Int64, epoch: String, values: [String?])]]
  ) {
    let candidates = try OutboxStore.events(db, after: seq, limit: 2000)
    var events: [PushEvent] = []
    var total: Int64 = 0
    for event in candidates {
      if !events.isEmpty && total + (event.lastRow - event.firstAfter) > 20000 { break }
      total += event.lastRow - event.firstAfter
      events.append(PushEvent(event: event))
    }
    guard let first = events.first, let last = events.last else { return ([], [:]) }
    let outboxRows = try OutboxStore.rows(
      db, after: first.event.firstAfter, upTo: last.event.lastRow)
    // Which event each outbox row belongs to, and the keys per table.
    var owner: [Int] = []
    owner.reserveCapacity(outboxRows.count)
    var index = 0
    var keysByTable: [String: [[SQLValue]]] = [:]
    for row in outboxRows {
      while index < events.count - 1 && row.id > events[index].event.lastRow { index += 1 }
      owner.append(index)
      keysByTable[row.table, default: []].append(row.key)
    }
    // Current content of every row, by table and key.
    var content: [String: [String: [SQLValue]]] = [:]
    for (table, keys) in keysByTable {
      if shapes[table] == nil { shapes[table] = try LocalTableShape.read(db, table: table) }
      guard let shape = shapes[table] else { continue }
      let positions = shape.keyPositions
      var found: [String: [SQLValue]] = [:]
      try OutboxStore.contents(db, table: shape, keys: keys) { values in
        found[Self.keyText(positions.map { values[$0] })] = values
      }
      content[table] = found
    }
    // Hash each event (its header and its ledger rows) and group the rows.
    var hashers = events.map { item -> SHA256 in
      var h = SHA256()
      let e = item.event
      h.update(Array("\(e.seq)|\(e.epoch)|\(e.registerID)|\(e.journalID)|\(e.at)|\(e.kind)\n".utf8))
      return h
    }
    var grouped: [String: [(seq: Int64, epoch: String, values: [String?])?]] = [:]
    var placed: [String: [String: Int]] = [:]
    for (n, row) in outboxRows.enumerated() {
      guard let shape = shapes[row.table] else { continue }
      let key = Self.keyText(Array(row.key.prefix(shape.keyPositions.count)))
      guard let values = content[row.table]?[key] else { continue }  // deleted since
      let item = owner[n]
      events[item].rowCount += 1
      let text = values.map(Self.centralText)
      if !shape.mutable {
        // The bytes of «table|v1|v2…\n» (nil as U+0001), fed in pieces.
        Self.feed(&hashers[item], row.table)
        for value in text {
          Self.feed(&hashers[item], "|")
          Self.feed(&hashers[item], value ?? "\u{1}")
        }
        Self.feed(&hashers[item], "\n")
      }
      // A row written twice in one batch goes once, with the later event
      // (one statement may not touch the same key twice).
      if let earlier = placed[row.table]?[key] { grouped[row.table]?[earlier] = nil }
      placed[row.table, default: [:]][key] = grouped[row.table, default: []].count
      grouped[row.table, default: []].append(
        (seq: events[item].event.seq, epoch: events[item].event.epoch, values: text))
    }
    for n in events.indices {
      events[n].hash = Self.hexDigits(hashers[n].finalize())
    }
    return (events, grouped.mapValues { $0.compactMap { $0 } })
  }

  /// Hashes a string's UTF-8 bytes without copying them into an array.
  static func feed(_ hasher: inout SHA256, _ text: String) {
    var text = text
    text.withUTF8 { hasher.update(UnsafeRawBufferPointer($0)) }
  }

  /// A key as text, for dictionaries (SQLValue is not Hashable).
  static func keyText(_ values: [SQLValue]) -> String {
    var text = ""
    for value in values {
      switch value {
      case .null: text += "n|"
      case .integer(let n): text += "i" + String(n) + "|"
      case .real(let d): text += "r" + String(d) + "|"
      case .text(let s): text += "t" + String(s.utf8.count) + ":" + s + "|"
      case .blob(let b): text += "b" + hexDigits(b) + "|"
      }
    }
    return text
  }

  static func hexDigits(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A SQLite value as PostgreSQL's text input reads it.
  static func centralText(_ value: SQLValue) -> String? {
    switch value {
    case .null: return nil
    case .integer(let n): return String(n)
    case .real(let d): return String(d)
    case .text(let s): return s
    case .blob(let bytes): return "\\x" + hexDigits(bytes)
    }
  }
}
