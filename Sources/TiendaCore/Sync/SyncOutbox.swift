import TiendaStore

/// The outbox's side of every write (DESIGN §8.15), called by `Shop.mutate`.
enum SyncOutbox {
  /// Called by `Shop.mutate` before the journal rows (whose trigger writes
  /// the transaction's event). The first write of a process checks the
  /// file's identity (device, inode, host): a copied or moved file takes a
  /// new epoch from this transaction's event on, so it never reuses keys the
  /// original pushed. No SQL unless the identity changed.
  static func closeEvent(_ shop: Shop, registerID: Int64, at: Int64) throws {
    let state = shop.state
    if !state.syncIdentityChecked {
      if let identity = shop.db.fileIdentity(), identity != state.settings.syncIdentity {
        let recorded = try OutboxStore.setting(shop.db, OutboxStore.Key.identity)
        if recorded != identity {
          // A file that never recorded one (just created or migrated) keeps its epoch.
          if recorded != nil {
            try OutboxStore.newEpoch(shop.db, reason: "copia", at: at)
          }
          try OutboxStore.set(shop.db, OutboxStore.Key.identity, identity)
        }
      }
      state.syncIdentityChecked = true
    }
    // The event itself is written by the journal's trigger (SyncOutboxSQL).
  }

  /// The changing tables a restored file sends whole: after `restaurar`
  /// the central mirrors the restored file, not the one it replaced. Cash
  /// sessions are left out: their rows are the history the central's sales
  /// of the earlier epoch point to.
  static var restoredTables: [String] {
    SyncTables.all.filter { $0.mutable && $0.name != "cash_sessions" }.map(\.name)
  }

  /// Before `restaurar` replaces the file: the keys of its changing rows,
  /// kept in a temporary table (the temp database survives the restore), so
  /// the restored file's first event also names the rows it lacks and the
  /// push deletes them centrally.
  static func keepKeysBeforeRestore(_ db: Database) throws {
    let shapes = try OutboxStore.tablesPresent(db, restoredTables).compactMap {
      try LocalTableShape.read(db, table: $0)
    }
    try OutboxStore.keepKeys(db, shapes)
  }

  static func dropKeptKeys(_ db: Database) { OutboxStore.dropKeptKeys(db) }

  /// `restaurar`: the restored file takes a new epoch (inside its journaled
  /// write), and its first event carries every key of the changing tables,
  /// the replaced file's and its own: the push sends each row it has and
  /// deletes centrally each one it lacks.
  static func restored(_ shop: Shop, at: Int64) throws {
    let db = shop.db
    try OutboxStore.newEpoch(db, reason: "restaurar", at: at)
    let shapes = try OutboxStore.tablesPresent(db, restoredTables).compactMap {
      try LocalTableShape.read(db, table: $0)
    }
    try OutboxStore.recordRestoredKeys(db, shapes)
    if let identity = shop.db.fileIdentity() {
      try OutboxStore.set(shop.db, OutboxStore.Key.identity, identity)
    }
  }

  /// After migrations: synced tables not yet in the outbox (a new file, or
  /// a table added by a later migration) get their rows so far as events
  /// (see `SyncTables`), and are remembered as attached.
  static func attachMissing(_ db: Database) throws {
    try db.write {
      let attached = Set(
        (try OutboxStore.setting(db, SyncOutboxSQL.attachedKey) ?? "").split(separator: ",").map(
          String.init))
      let missing = try OutboxStore.tablesPresent(db, SyncTables.all.map(\.name)).filter {
        !attached.contains($0)
      }
      let shapes = try missing.compactMap { try LocalTableShape.read(db, table: $0) }
      try db.execute(SyncOutboxSQL.attach(shapes))
      if !missing.isEmpty {
        let all = attached.union(missing).sorted().joined(separator: ",")
        try OutboxStore.set(db, SyncOutboxSQL.attachedKey, all)
      }
    }
  }

  /// Every write of this connection to a synced table is recorded from now
  /// on (after the migrations and `attachMissing`, in `Shop.open`).
  static func capture(_ db: Database) {
    db.captureChanges(
      SyncTables.all.map { (name: $0.name, keyColumns: $0.keyColumns) },
      flushSQL: SyncOutboxSQL.flush)
  }
}
