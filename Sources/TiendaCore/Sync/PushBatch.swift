import TiendaCrypto
import TiendaStore

/// An event ready to go: its rows and its content hash.
struct PushEvent {
  let event: OutboxEvent
  var rowCount = 0
  var hash = ""
}

/// One table's part of a batch, ready for COPY.
struct TableBatch {
  let shape: LocalTableShape
  /// COPY text, one line per row to insert or update centrally:
  /// `sucursal\tepoca\tcolumn1\tcolumn2…\n`.
  var copy: [UInt8] = []
  /// Per line: its event (index into the batch's events) and where it ends.
  var lineEvents: [Int32] = []
  var lineEnds: [Int] = []
  /// Keys deleted here since they were written (mutable tables only): the
  /// event of the key's latest outbox row and the key as PostgreSQL text.
  var deletions: [(event: Int, key: [String?])] = []

  /// The COPY text of the lines whose event is fresh (all of it, without a
  /// copy, when every event is).
  func copyText(fresh: [Bool]) -> [UInt8] {
    if lineEvents.allSatisfy({ fresh[Int($0)] }) { return copy }
    var text: [UInt8] = []
    var start = 0
    for (n, event) in lineEvents.enumerated() {
      if fresh[Int(event)] { text.append(contentsOf: copy[start..<lineEnds[n]]) }
      start = lineEnds[n]
    }
    return text
  }

  /// The deleted keys whose event is fresh.
  func deletedKeys(fresh: [Bool]) -> [[String?]] {
    deletions.filter { fresh[$0.event] }.map(\.key)
  }

  /// Appends columns `first..<row.count` of `row` as one COPY line after
  /// `lead` (the branch and the event's epoch); when `hashing`, also their hash text (`|v1|v2…`, NULL as
  /// U+0001, each value as PostgreSQL's text input reads it) to `hash`.
  mutating func append(
    _ row: RawRow, from first: Int, event: Int, lead: [UInt8], hashing: Bool,
    hash: inout [UInt8]
  ) {
    copy.append(contentsOf: lead)
    for column in first..<row.count {
      copy.append(Byte.tab)
      if hashing { hash.append(Byte.bar) }
      switch row.kind(column) {
      case .null:
        copy.append(Byte.backslash)
        copy.append(Byte.letterN)
        if hashing { hash.append(1) }
      case .integer:
        // Digits and a sign: nothing to escape.
        let bytes = row.bytes(column).assumingMemoryBound(to: UInt8.self)
        copy.append(contentsOf: bytes)
        if hashing { hash.append(contentsOf: bytes) }
      case .text:
        let bytes = row.bytes(column).assumingMemoryBound(to: UInt8.self)
        Self.escape(bytes, into: &copy)
        if hashing { hash.append(contentsOf: bytes) }
      case .real:
        var text = String(row.real(column))
        text.withUTF8 { bytes in
          Self.escape(bytes, into: &copy)
          if hashing { hash.append(contentsOf: bytes) }
        }
      case .blob:
        // bytea's text input: \x and hex digits (the backslash escaped in COPY).
        let hex = Hex.lowercaseBytes(row.bytes(column))
        copy.append(Byte.backslash)
        copy.append(Byte.backslash)
        copy.append(Byte.letterX)
        copy.append(contentsOf: hex)
        if hashing {
          hash.append(Byte.backslash)
          hash.append(Byte.letterX)
          hash.append(contentsOf: hex)
        }
      }
    }
    copy.append(Byte.newline)
    lineEvents.append(Int32(event))
    lineEnds.append(copy.count)
  }

  /// COPY's text format escapes backslash, tab, newline and carriage return.
  static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    var plain = true
    for byte in bytes where byte == Byte.backslash || byte < 14 {
      if byte == Byte.backslash || byte == Byte.tab || byte == Byte.newline || byte == 13 {
        plain = false
        break
      }
    }
    if plain {
      out.append(contentsOf: bytes)
      return
    }
    for byte in bytes {
      switch byte {
      case Byte.backslash: out.append(contentsOf: [Byte.backslash, Byte.backslash])
      case Byte.tab: out.append(contentsOf: [Byte.backslash, UInt8(ascii: "t")])
      case Byte.newline: out.append(contentsOf: [Byte.backslash, UInt8(ascii: "n")])
      case 13: out.append(contentsOf: [Byte.backslash, UInt8(ascii: "r")])
      default: out.append(byte)
      }
    }
  }

  /// A column as PostgreSQL text (for deleted keys: few, so Strings are fine).
  static func text(_ row: RawRow, _ column: Int) -> String? {
    switch row.kind(column) {
    case .null: return nil
    case .integer: return String(row.integer(column))
    case .real: return String(row.real(column))
    case .text: return String(decoding: row.bytes(column), as: UTF8.self)
    case .blob: return "\\x" + Hex.lowercase(row.bytes(column))
    }
  }
}

private enum Byte {
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  static let backslash = UInt8(ascii: "\\")
  static let bar = UInt8(ascii: "|")
  static let letterN = UInt8(ascii: "N")
  static let letterX = UInt8(ascii: "x")
}

/// Up to ~10.000 outbox rows of events, read for one push transaction
/// (20.000 sent no faster by COPY and took 3 MB more memory).
struct PushBatch {
  var events: [PushEvent] = []
  var tables: [TableBatch] = []

  static let rowLimit: Int64 = 10000

  /// The events after `seq` (up to ~10.000 rows), each table's rows as COPY
  /// text (one query per table: the outbox joined to the table by key), and
  /// each event's hash: its header, then its ledger rows in outbox order as
  /// `table|v1|v2…\n` (the same bytes as before this reader, so a central
  /// that holds events pushed by an older tienda sees the same hashes).
  static func read(
    _ db: Database, branch: String, after seq: Int64, shapes: inout [String: LocalTableShape]
  ) throws -> PushBatch {
    var batch = PushBatch()
    var total: Int64 = 0
    for event in try OutboxStore.events(db, after: seq, limit: 2000) {
      let size = event.lastRow - event.firstAfter
      if !batch.events.isEmpty && total + size > rowLimit { break }
      total += size
      batch.events.append(PushEvent(event: event))
    }
    guard let first = batch.events.first, let last = batch.events.last else { return batch }
    let low = first.event.firstAfter
    let high = last.event.lastRow
    // Each line starts with the branch and the event's epoch.
    let leads = batch.events.map { item -> [UInt8] in
      var lead: [UInt8] = []
      for text in [branch, item.event.epoch] {
        var text = text
        text.withUTF8 { TableBatch.escape($0, into: &lead) }
        lead.append(Byte.tab)
      }
      lead.removeLast()
      return lead
    }
    // Ledger rows' hash text, placed by outbox row: (table, start, end).
    let span = Int(high - low)
    var slotTable = [Int32](repeating: -1, count: span)
    var slotStart = [Int](repeating: 0, count: span)
    var slotEnd = [Int](repeating: 0, count: span)
    var hashTexts: [[UInt8]] = []
    for name in try OutboxStore.tables(db, after: low, upTo: high) {
      if shapes[name] == nil { shapes[name] = try LocalTableShape.read(db, table: name) }
      guard let shape = shapes[name] else { continue }
      var table = TableBatch(shape: shape)
      var hash: [UInt8] = []
      var event = 0
      let events = batch.events
      var counts = [Int](repeating: 0, count: events.count)
      func owner(_ id: Int64) -> Int {
        while event < events.count - 1 && id > events[event].event.lastRow { event += 1 }
        return event
      }
      if shape.mutable {
        let width = OutboxStore.outboxKeyWidth(shape)
        try OutboxStore.latestRows(db, table: shape, after: low, upTo: high) { row in
          let item = owner(row.integer(0))
          counts[item] += 1
          if row.integer(1) != 0 {
            table.append(
              row, from: 2 + width, event: item, lead: leads[item], hashing: false, hash: &hash)
          } else {
            table.deletions.append(
              (event: item, key: (0..<width).map { TableBatch.text(row, 2 + $0) }))
          }
        }
      } else {
        let tableIndex = Int32(hashTexts.count)
        let prefix = Array(name.utf8)
        try OutboxStore.ledgerRows(db, table: shape, after: low, upTo: high) { row in
          let id = row.integer(0)
          let item = owner(id)
          counts[item] += 1
          let slot = Int(id - low - 1)
          slotTable[slot] = tableIndex
          slotStart[slot] = hash.count
          hash.append(contentsOf: prefix)
          table.append(
            row, from: 1, event: item, lead: leads[item], hashing: true, hash: &hash)
          hash.append(Byte.newline)
          slotEnd[slot] = hash.count
        }
        hashTexts.append(hash)
      }
      for n in counts.indices { batch.events[n].rowCount += counts[n] }
      if !table.copy.isEmpty || !table.deletions.isEmpty { batch.tables.append(table) }
    }
    // Each event's hash: its header, then its ledger rows in outbox order.
    var event = 0
    var hasher = header(batch.events[0].event)
    for slot in 0..<span {
      let id = low + 1 + Int64(slot)
      while id > batch.events[event].event.lastRow {
        batch.events[event].hash = Hex.lowercase(hasher.finalize())
        event += 1
        hasher = header(batch.events[event].event)
      }
      let table = Int(slotTable[slot])
      guard table >= 0 else { continue }
      hashTexts[table].withUnsafeBytes { bytes in
        hasher.update(UnsafeRawBufferPointer(rebasing: bytes[slotStart[slot]..<slotEnd[slot]]))
      }
    }
    batch.events[event].hash = Hex.lowercase(hasher.finalize())
    while event < batch.events.count - 1 {
      event += 1
      var empty = header(batch.events[event].event)
      batch.events[event].hash = Hex.lowercase(empty.finalize())
    }
    return batch
  }

  private static func header(_ e: OutboxEvent) -> SHA256 {
    var hasher = SHA256()
    hasher.update(
      Array("\(e.seq)|\(e.epoch)|\(e.registerID)|\(e.journalID)|\(e.at)|\(e.kind)\n".utf8))
    return hasher
  }
}
