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

extension Sync {
  /// `sincronizar`: sends the events the central has not acknowledged, in
  /// order, in batches; each batch is one central transaction and the
  /// acknowledged sequence is written here only after its commit. Safe to
  /// cut at any point (the next push resends, the central skips what it has).
  public func push() throws -> PushReport {
    let id = try branch().id
    guard BranchIdentity.isWellFormed(id) else { throw SyncError.badBranchID(id) }
    let pg = try connect()
    do {
      return try push(to: pg)
    } catch let error as PostgresError {
      throw SyncError.postgres(error)
    }
  }

  func push(to pg: PostgresConnection) throws -> PushReport {
    let found = try CentralSchema.currentVersion(pg) ?? 0
    if found > CentralSchema.version {
      // Prepared by a newer tienda: this one must not write into it.
      throw SyncError.centralSchemaNewer(found: found, known: CentralSchema.version)
    }
    guard found == CentralSchema.version else { throw SyncError.centralNotPrepared }
    let me = try branch()
    var shapes: [String: LocalTableShape] = [:]
    var report = PushReport()
    var acknowledged = try acknowledgedSequence()
    while true {
      let batch = try db.read {
        try PushBatch.read(db, branch: me.id, after: acknowledged, shapes: &shapes)
      }
      guard let last = batch.events.last else { break }
      if let bad = batch.events.first(where: { !BranchIdentity.isWellFormed($0.event.epoch) }) {
        throw SyncError.eventWithoutEpoch(bad.event.seq)
      }
      try pg.transaction {
        try CentralApply.lock(pg, branch: me.id)
        try CentralApply.upsertBranch(
          pg, id: me.id, name: me.name, zone: settings.effectiveZone,
          currency: settings.currency.code)
        let existing = try CentralApply.existingHashes(pg, branch: me.id, events: batch.events)
        var fresh: [PushEvent] = []
        var isFresh: [Bool] = []
        for item in batch.events {
          let key = item.event.epoch + "/" + String(item.event.seq)
          isFresh.append(existing[key] == nil)
          if let hash = existing[key] {
            if hash == item.hash {
              report.alreadyThere += 1
            } else {
              try CentralApply.recordConflict(pg, branch: me.id, event: item, centralHash: hash)
              report.conflicts.append(item.event.seq)
            }
          } else {
            fresh.append(item)
          }
        }
        try CentralApply.insertEvents(pg, branch: me.id, fresh)
        for table in batch.tables {
          try CentralApply.apply(pg, branch: me.id, table, fresh: isFresh)
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
}
