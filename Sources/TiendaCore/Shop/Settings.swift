import TiendaStore

/// The shop's own settings (name, RUT, address, currency, time zone).
public struct ShopSettings: Sendable, Equatable {
  public var name: String
  public var rut: Rut?
  public var address: String
  public var currency: Currency
  /// The zone set with `configurar tienda zona`, if any.
  public var zone: String?
  public var defaultRegisterID: Int64
  /// Whether expired products (past `vence`) may still be sold. No by default.
  public var sellExpired: Bool
  /// The first sale with no open session opens one with float 0.
  public var autoOpenSession = true
  /// Cash rounding to $10 (Ley 20.956); only for currencies without decimals.
  public var cashRounding = true
  /// How many tickets may be held at once.
  public var maxHeld: Int = 20
  /// Migration 17 left `informes.reconstruir`: rebuild the report rollups
  /// once the shop's zone is in use.
  var reportsRebuildPending = false
  /// A ticket prints by itself after each sale when a tickets printer exists.
  public var autoPrint = true
  /// Failed print jobs older than this are not retried on their own.
  public var retryHours = 12
  /// The line at the foot of every ticket.
  public var ticketFooter = ""
  /// Between CSV fields: `;` (Spanish spreadsheets) or `,`.
  public var csvDelimiter: Character = ";"
  /// Scripts that run on events (`al cerrar caja ejecutar …`), by number.
  public var hooks: [EventHook] = []
  /// Layouts of label-printing scales' codes (`configurar balanza …`), by prefix.
  public var scales: [ScaleLayout] = []
  /// The earliest day of a dated price change not applied yet (read with
  /// the settings when the shop opens: `PriceChangeRow.pendingSetting`).
  public var nextPriceChange: LocalDate?
  /// The earliest due day of a recurring expense not generated yet (read
  /// with the settings when the shop opens: `DueRecurrenceRow.pendingSetting`).
  public var nextExpenseDue: LocalDate?
  /// The file identity recorded for the sync epoch (`sincronización.identidad`).
  var syncIdentity: String?
  /// Outbox triggers still to be made (migration 28, `SyncOutbox.attachMissing`).
  var syncAttachPending = false

  /// The zone in use: the configured one, else the system's, else Santiago.
  public var effectiveZone: String

  init(
    name: String, rut: Rut?, address: String, currency: Currency, zone: String?,
    defaultRegisterID: Int64, sellExpired: Bool = false
  ) {
    self.name = name
    self.rut = rut
    self.address = address
    self.currency = currency
    self.zone = zone
    self.defaultRegisterID = defaultRegisterID
    self.sellExpired = sellExpired
    self.effectiveZone = zone ?? LocalTime.systemZone() ?? "America/Santiago"
  }

  enum Key {
    static let name = "tienda.nombre"
    static let rut = "tienda.rut"
    static let address = "tienda.dirección"
    static let currency = "tienda.moneda"
    static let zone = "tienda.zona"
    static let defaultRegister = "caja.predeterminada"
    static let sellExpired = "venta.vender_vencidos"
    static let autoOpenSession = "venta.abrir_caja_sola"
    static let cashRounding = "venta.redondeo_efectivo"
    static let maxHeld = "venta.máximo_sostenidas"
    static let autoPrint = "impresión.automática"
    static let retryHours = "impresión.reintentar_horas"
    static let ticketFooter = "ticket.pie"
    static let csvDelimiter = "csv.separador"
    /// Not stored: the opening's read adds it (see `SettingsStore`).
    static let nextPriceChange = "precios.próximo_cambio"
  }

  static func load(_ db: Database) throws -> ShopSettings {
    ShopSettings(values: try SettingsStore.values(db))
  }

  /// The settings and the default register, read by one statement (the
  /// opening of the file, DESIGN §8.21).
  /// `rows`: those of `SettingsStore.settingsAndRegisters` when already read.
  static func loadWithRegister(_ db: Database, rows: [Row]? = nil) throws -> (
    ShopSettings, Register
  ) {
    let (values, registers) =
      try rows.map { try SettingsStore.valuesAndRegisters(rows: $0) }
      ?? SettingsStore.valuesAndRegisters(db)
    let settings = ShopSettings(values: values)
    // The default register, else the first one, else the one every shop starts with.
    let register =
      registers.first { $0.id == settings.defaultRegisterID }
      ?? registers.min { $0.id < $1.id } ?? Register(id: 1, name: "Caja 1")
    return (settings, register)
  }

  init(values: [String: String]) {
    self.init(
      name: values[Key.name] ?? "",
      rut: values[Key.rut].flatMap(Rut.parse),
      address: values[Key.address] ?? "",
      currency: values[Key.currency].flatMap(Currency.named) ?? .clp,
      zone: values[Key.zone],
      defaultRegisterID: values[Key.defaultRegister].flatMap { Int64($0) } ?? 1,
      sellExpired: values[Key.sellExpired] == "sí")
    autoOpenSession = values[Key.autoOpenSession].map { $0 == "sí" } ?? true
    cashRounding = values[Key.cashRounding].map { $0 == "sí" } ?? true
    maxHeld = values[Key.maxHeld].flatMap { Int($0) } ?? 20
    reportsRebuildPending = values["informes.reconstruir"] != nil
    autoPrint = values[Key.autoPrint].map { $0 == "sí" } ?? true
    retryHours = values[Key.retryHours].flatMap { Int($0) } ?? 12
    ticketFooter = values[Key.ticketFooter] ?? ""
    csvDelimiter = values[Key.csvDelimiter] == "," ? "," : ";"
    hooks = EventHook.all(in: values)
    scales = ScaleLayout.all(in: values)
    nextPriceChange = values[Key.nextPriceChange].flatMap(LocalDate.init(iso:))
    nextExpenseDue = values["gastos.próximo_vencimiento"].flatMap(LocalDate.init(iso:))
    syncIdentity = values["sincronización.identidad"]
    syncAttachPending = values["sincronización.adjuntar"] != nil
  }
}

/// A change to the shop's settings; nil fields stay as they are.
public struct ShopSettingsChange: Sendable {
  public var name: String?
  public var rut: Rut?
  public var address: String?
  public var currencyCode: String?
  public var zone: String?
  public var sellExpired: Bool?
  public var autoOpenSession: Bool?
  public var cashRounding: Bool?
  public var maxHeld: Int?
  public var autoPrint: Bool?
  public var retryHours: Int?
  public var ticketFooter: String?
  /// `;` or `,`.
  public var csvDelimiter: Character?
  /// `sucursal "Feria Matta"`: this branch's name (issue 23).
  public var branchName: String?

  public init(
    name: String? = nil, rut: Rut? = nil, address: String? = nil, currencyCode: String? = nil,
    zone: String? = nil
  ) {
    self.name = name
    self.rut = rut
    self.address = address
    self.currencyCode = currencyCode
    self.zone = zone
  }
}

extension Shop {
  /// `configurar tienda …`: validates everything first, then writes the keys
  /// that really change, with their before/after values in the journal.
  /// Returns false when nothing changed (no journal row either).
  @discardableResult
  public func configure(_ change: ShopSettingsChange) throws -> Bool {
    var updates: [(String, String)] = []
    if let name = change.name {
      let trimmed = name.trimmingCharacters(in: " \t")
      guard !trimmed.isEmpty else { throw CoreError.emptyName(.shop) }
      guard trimmed.count <= NameRules.maximumLength else {
        throw CoreError.nameTooLong(.shop, maximum: NameRules.maximumLength)
      }
      updates.append((ShopSettings.Key.name, trimmed))
    }
    if let rut = change.rut { updates.append((ShopSettings.Key.rut, rut.formatted)) }
    if let address = change.address {
      updates.append((ShopSettings.Key.address, address.trimmingCharacters(in: " \t")))
    }
    if let code = change.currencyCode {
      guard let currency = Currency.named(code) else { throw CoreError.unknownCurrency(code) }
      updates.append((ShopSettings.Key.currency, currency.code))
    }
    if let zone = change.zone {
      guard let canonical = LocalTime.canonicalZone(zone) else {
        throw CoreError.unknownZone(
          zone, suggestion: closestMatch(to: zone, among: LocalTime.knownZones()))
      }
      updates.append((ShopSettings.Key.zone, canonical))
    }
    if let sellExpired = change.sellExpired {
      updates.append((ShopSettings.Key.sellExpired, sellExpired ? "sí" : "no"))
    }
    if let autoOpen = change.autoOpenSession {
      updates.append((ShopSettings.Key.autoOpenSession, autoOpen ? "sí" : "no"))
    }
    if let rounding = change.cashRounding {
      updates.append((ShopSettings.Key.cashRounding, rounding ? "sí" : "no"))
    }
    if let maxHeld = change.maxHeld {
      guard (1...999).contains(maxHeld) else { throw CoreError.badSetting("máximo-sostenidas") }
      updates.append((ShopSettings.Key.maxHeld, String(maxHeld)))
    }
    if let autoPrint = change.autoPrint {
      updates.append((ShopSettings.Key.autoPrint, autoPrint ? "sí" : "no"))
    }
    if let hours = change.retryHours {
      guard (1...999).contains(hours) else { throw CoreError.badSetting("reintentar-horas") }
      updates.append((ShopSettings.Key.retryHours, String(hours)))
    }
    if let footer = change.ticketFooter {
      updates.append((ShopSettings.Key.ticketFooter, footer.trimmingCharacters(in: " \t")))
    }
    if let delimiter = change.csvDelimiter {
      guard delimiter == ";" || delimiter == "," else {
        throw CoreError.badSetting("separador-csv")
      }
      updates.append((ShopSettings.Key.csvDelimiter, String(delimiter)))
    }
    if let branch = change.branchName { updates.append(try Sync.branchNameSetting(branch)) }
    guard !updates.isEmpty else { throw CoreError.nothingToChange }
    let oldZone = settings.effectiveZone
    let newSettings: ShopSettings? = try mutate { journal in
      var before: [(String, JSONValue)] = []
      var after: [(String, JSONValue)] = []
      for (key, value) in updates {
        let old = try SettingsStore.value(db, key: key)
        if old == value { continue }
        if key == ShopSettings.Key.currency && (old ?? Currency.clp.code) != value {
          // Amounts are stored in minor units of the currency in use: a new
          // currency (or decimals) would rescale every price and sale.
          let kinds = try integrity.storedAmounts()
          if !kinds.isEmpty {
            throw CurrencyError.amountsStored(
              current: old ?? Currency.clp.code, wanted: value, kinds: kinds)
          }
        }
        try SettingsStore.set(db, key: key, value: value)
        let shortKey = String(key.split(separator: ".").last ?? Substring(key))
        before.append((shortKey, old.map(JSONValue.string) ?? .null))
        after.append((shortKey, .string(value)))
      }
      guard !after.isEmpty else { return nil }
      journal.record(
        "tienda.configurar", entity: "settings", before: .object(before), after: .object(after))
      let loaded = try ShopSettings.load(db)
      if loaded.effectiveZone != oldZone {
        // The report rollups keep local days: rebuilt in the new zone, in
        // this same transaction.
        LocalTime.use(zone: loaded.effectiveZone)
        do {
          _ = try reports.rebuildRollups()
        } catch {
          LocalTime.use(zone: oldZone)
          throw error
        }
      }
      return loaded
    }
    guard let newSettings else { return false }
    settings = newSettings
    LocalTime.use(zone: newSettings.effectiveZone)
    return true
  }
}
