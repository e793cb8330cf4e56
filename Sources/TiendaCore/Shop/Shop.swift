import TiendaStore

/// Who is acting and where: stamped on every journal row.
public struct Actor: Sendable, Equatable {
  /// nil in single-user mode (the owner, no login).
  public var userName: String?
  public var userID: Int64?
  /// Who approved the command being run (a supervisor's override).
  public var approvedBy: String?
  public var registerID: Int64
  public var registerName: String

  public init(userName: String?, registerID: Int64, registerName: String) {
    self.userName = userName
    self.registerID = registerID
    self.registerName = registerName
  }
}

/// The open shop: its file, clock and the one write path.
///
/// ```swift
/// let shop = try Shop.open(path: "/tmp/t.db")
/// try shop.createCategory(name: "Bebidas")
/// ```
public final class Shop {
  public let db: Database
  public let clock: ShopClock
  public var actor: Actor
  /// The command as the user typed it, recorded in the journal.
  public var commandText: String = ""
  public internal(set) var settings: ShopSettings
  /// Practice mode (a scratch copy): printed papers say PRÁCTICA.
  public var practice = false
  /// The terminal (process) this shop runs in: the owner written on the
  /// tickets it opens (DESIGN §8.4).
  public var terminal = TerminalID.current
  /// Print jobs this process queued or put back in the queue: a one-shot
  /// command waits at exit for these only (DESIGN §8.20).
  public internal(set) var jobsQueuedHere: Set<Int64> = []

  init(db: Database, clock: ShopClock) throws {
    self.db = db
    self.clock = clock
    // One read snapshot: one lock instead of one per query.
    let (settings, register) = try db.read {
      let settings = try ShopSettings.load(db)
      return (settings, try CashRegister.register(db, id: settings.defaultRegisterID))
    }
    self.settings = settings
    self.actor = Actor(userName: nil, registerID: register.id, registerName: register.name)
    LocalTime.use(zone: settings.effectiveZone)
  }

  /// Opens (or creates) the shop file at `path`, migrating it when needed.
  /// `createFolders: false` for paths the user typed: a mistyped folder must
  /// not silently become a new, empty shop.
  public static func open(
    path: String, clock: ShopClock = SystemClock(), createFolders: Bool = true
  ) throws -> Shop {
    let db = try ShopFile.open(
      path: path, applicationID: Schema.applicationID, migrations: Schema.migrations,
      createFolders: createFolders, configure: Shop.registerFunctions)
    return try Shop(db: db, clock: clock)
  }

  /// SQL functions every connection needs: `fold(text)` and `COLLATE es`.
  public static func registerFunctions(_ db: Database) throws {
    try db.createFunction("fold", fold)
    try db.createCollation("es", spanishCompare)
    try db.createFunction("sha256_hex", JournalChain.sha256Hex)
  }

  /// The one write path: a `BEGIN IMMEDIATE` transaction in which `body`
  /// changes state and records at least one journal entry for what it
  /// changed (a no-op records nothing). Any error rolls everything back.
  @discardableResult
  public func mutate<T>(_ body: (JournalRecorder) throws -> T) throws -> T {
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
      // Each row continues the hash chain (`JournalChain`) from the last one.
      let head = try journal.chainHead()
      var previous = head?.hash ?? JournalChain.genesis
      var id = head?.journalID ?? 0
      for entry in recorder.entries {
        id += 1
        let content = JournalChain.Content(
          id: id, at: now, userName: entry.userName ?? actor.userName,
          approvedBy: entry.approvedBy ?? actor.approvedBy, registerID: actor.registerID,
          command: commandText, action: entry.action, entity: entry.entity,
          entityID: entry.entityID, before: entry.before?.serialized,
          after: entry.after?.serialized)
        previous = JournalChain.hash(previous: previous, content)
        try db.run(
          """
          INSERT INTO journal(id, at, user_name, approved_by, register_id, command, action,
            entity, entity_id, before, after, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
          """,
          [
            .integer(id), .integer(now), content.userName.sqlValue, content.approvedBy.sqlValue,
            .integer(actor.registerID), .text(commandText), .text(entry.action),
            entry.entity.sqlValue, entry.entityID.sqlValue, content.before.sqlValue,
            content.after.sqlValue, .text(previous),
          ])
      }
      return result
    }
  }

  /// Today in the shop's zone.
  public var today: LocalDate { LocalTime.components(clock.now()).date }
}
