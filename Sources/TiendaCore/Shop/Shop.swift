import TiendaStore

/// Who is acting and where: stamped on every journal row.
public struct Actor: Sendable, Equatable {
  /// nil in single-user mode (the owner, no login).
  public var userName: String?
  public var userID: Int64?
  /// Who approved the command being run (a supervisor's override): the
  /// handle's `WriteContext`, never set on the session.
  public internal(set) var approvedBy: String?
  public var registerID: Int64
  public var registerName: String

  public init(userName: String?, registerID: Int64, registerName: String) {
    self.userName = userName
    self.registerID = registerID
    self.registerName = registerName
  }
}

/// The open shop: its file, clock, settings and the one write path, and the
/// areas (`shop.catalog`, `shop.checkout`, …).
///
/// A `Shop` is a cheap handle: every handle of one open file shares its
/// state (`ShopState`: the connection, the clock, the settings, the
/// session's user and register); each carries its own immutable
/// `WriteContext` (the command as typed, who approved it), which every
/// journal row its writes record carries. The shell hands each command a
/// handle made for it (`shop.acting(context)`).
///
/// ```swift
/// let shop = try Shop.open(path: "/tmp/t.db")
/// try shop.acting(WriteContext(command: "crear categoría Bebidas"))
///   .catalog.createCategory(name: "Bebidas")
/// ```
public final class Shop {
  let state: ShopState
  /// The command this handle writes for: its text and its approver.
  public let context: WriteContext

  init(state: ShopState, context: WriteContext) {
    self.state = state
    self.context = context
  }

  /// `rows`: the settings and registers, when read while opening the file.
  init(db: Database, clock: ShopClock, rows: [Row]? = nil) throws {
    let (settings, register) = try ShopSettings.loadWithRegister(db, rows: rows)
    self.state = ShopState(
      db: db, clock: clock, settings: settings,
      actor: Actor(userName: nil, registerID: register.id, registerName: register.name))
    self.context = WriteContext()
    LocalTime.use(zone: settings.effectiveZone)
  }

  /// A handle on the same open shop whose writes record `context`.
  public func acting(_ context: WriteContext) -> Shop {
    Shop(state: state, context: context)
  }

  /// The connection. The shell reaches the file through `shop.file`;
  /// public only until the printing commands follow (then internal).
  var db: Database { state.db }
  public var clock: ShopClock { state.clock }
  public internal(set) var settings: ShopSettings {
    get { state.settings }
    set { state.settings = newValue }
  }
  /// The session's user and register, with this handle's approver.
  public internal(set) var actor: Actor {
    get {
      var actor = state.actor
      actor.approvedBy = context.approvedBy
      return actor
    }
    set {
      var session = newValue
      session.approvedBy = nil
      state.actor = session
    }
  }
  /// Practice mode (a scratch copy): printed papers say PRÁCTICA.
  public var practice: Bool {
    get { state.practice }
    set { state.practice = newValue }
  }
  /// The terminal (process) this shop runs in: the owner written on the
  /// tickets it opens (DESIGN §8.4).
  var terminal: TerminalID { state.terminal }
  /// Print jobs this process queued or put back in the queue: a one-shot
  /// command waits at exit for these only (DESIGN §8.20).
  public internal(set) var jobsQueuedHere: Set<Int64> {
    get { state.jobsQueuedHere }
    set { state.jobsQueuedHere = newValue }
  }

  /// Opens (or creates) the shop file at `path`, migrating it when needed.
  /// `createFolders: false` for paths the user typed: a mistyped folder must
  /// not silently become a new, empty shop.
  public static func open(
    path: String, clock: ShopClock = SystemClock(), createFolders: Bool = true
  ) throws -> Shop {
    // The settings and registers are read in the statement that checks the file.
    let (db, rows) = try ShopFile.open(
      path: path, applicationID: Schema.applicationID, migrations: Schema.migrations,
      createFolders: createFolders, configure: Shop.registerFunctions,
      firstRead: SettingsStore.settingsAndRegisters)
    let shop = try Shop(db: db, clock: clock, rows: rows)
    // A new (or just migrated) file keeps the zone it was made in: days,
    // reports and their rollups must not move with the TZ of whoever opens
    // it next (a cron job in UTC). Written with the creation, no journal
    // row, like the migrations; only when none was configured.
    if rows == nil, shop.settings.zone == nil {
      let zone = shop.settings.effectiveZone
      try db.write { try SettingsStore.set(db, key: ShopSettings.Key.zone, value: zone) }
      shop.settings.zone = zone
    }
    // A synced table added by a later migration: its rows so far become
    // outbox events; then every write to synced tables is recorded (issue 23).
    if rows == nil || shop.settings.syncAttachPending {
      try SyncOutbox.attachMissing(db)
      shop.settings.syncAttachPending = false
    }
    SyncOutbox.capture(db)
    // Migration 17 on a file with sales: the report rollups, in the shop's zone.
    try shop.reports.rebuildIfPending()
    // Dated price changes whose day has come (a write only when one is due;
    // one that cannot apply now stays pending for the next opening).
    _ = try? shop.acting(WriteContext(command: "(apertura: precios programados)")).prices
      .applyDue()
    // Recurring expenses whose day has come: their instances, once (a
    // write only when one is due).
    _ = try? shop.acting(WriteContext(command: "(apertura: gastos recurrentes)")).expenses
      .generateDue()
    return shop
  }

  /// SQL functions every connection needs: `fold(text)` and `COLLATE es`.
  static func registerFunctions(_ db: Database) throws {
    try db.createFunction("fold", fold)
    try db.createCollation("es", spanishCompare)
    try db.createFunction("sha256_hex", JournalChain.sha256Hex)
    // The journal's trigger drains the outbox's change log (issue 23).
    try db.createChangeDrain("tienda_outbox")
  }

  /// The one write path: a `BEGIN IMMEDIATE` transaction in which `body`
  /// changes state and records at least one journal entry for what it
  /// changed (a no-op records nothing). Any error rolls everything back.
  /// The rows carry this handle's `context` (command, approver) and the
  /// session's user and register as they are when the body ends.
  @discardableResult
  func mutate<T>(_ body: (JournalRecorder) throws -> T) throws -> T {
    try db.write {
      let recorder = JournalRecorder()
      let changesBefore = db.totalChanges
      let result = try body(recorder)
      if recorder.entries.isEmpty {
        // A command that changed nothing needs no journal row; one that
        // changed rows without saying so is a bug, and is undone.
        guard db.totalChanges == changesBefore else { throw CoreError.missingJournalEntry }
        return result
      }
      let now = clock.now()
      // Before the journal rows: a copied file's new epoch must already be
      // in force for the event the journal's trigger writes (issue 23).
      try SyncOutbox.closeEvent(self, registerID: state.actor.registerID, at: now)
      try JournalWriter.append(
        recorder.entries, at: now, session: state.actor, context: context, to: self)
      return result
    }
  }

  /// Today in the shop's zone.
  public var today: LocalDate { LocalTime.components(clock.now()).date }
}
