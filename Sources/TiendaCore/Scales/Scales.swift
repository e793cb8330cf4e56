import TiendaStore

/// Label-printing scales (issue 21): the layouts of their codes, kept in
/// `settings` (`balanza.20`), read whole when the shop opens, so a sale
/// costs no statement to know them.
public struct Scales: ShopArea {
  let shop: Shop

  /// Every layout, by prefix (from the settings read at opening).
  public func list() -> [ScaleLayout] { settings.scales }

  /// `configurar balanza prefijo 20 formato PPPPPVVVVV peso`: adds or
  /// replaces the layout of that prefix. Returns it and whether it replaced one.
  @discardableResult
  public func configure(_ layout: ScaleLayout) throws -> (layout: ScaleLayout, replaced: Bool) {
    let replaced: Bool = try mutate { journal in
      let key = ScaleLayout.keyPrefix + layout.prefix
      let old = try SettingsStore.value(db, key: key)
      guard old != layout.storedValue else { return false }
      try SettingsStore.set(db, key: key, value: layout.storedValue)
      journal.record(
        "balanza.configurar", entity: "settings", id: layout.prefix,
        before: old.flatMap { ScaleLayout(key: key, value: $0) }.map(Self.json),
        after: Self.json(layout))
      return old != nil
    }
    try reload()
    return (layout, replaced)
  }

  /// `borrar balanza 20`.
  @discardableResult
  public func remove(prefix: String) throws -> ScaleLayout {
    let layout: ScaleLayout = try mutate { journal in
      let all = ScaleLayout.all(in: try SettingsStore.values(db))
      guard let layout = all.first(where: { $0.prefix == prefix }) else {
        throw ScaleError.noSuchScale(prefix, existing: all.map(\.prefix))
      }
      try SettingsStore.remove(db, key: ScaleLayout.keyPrefix + prefix)
      journal.record(
        "balanza.borrar", entity: "settings", id: prefix, before: Self.json(layout))
      return layout
    }
    try reload()
    return layout
  }

  /// The reading of `code` when it is a scale code of a configured layout
  /// (its check digits validated); nil when no layout's prefix starts it.
  public func reading(_ code: String) throws -> ScaleReading? {
    guard let layout = ScaleLayout.matching(code, among: settings.scales) else { return nil }
    return try layout.decode(code)
  }

  private func reload() throws {
    let handle = shop
    handle.settings = try db.read { try ShopSettings.load(db) }
  }

  static func json(_ layout: ScaleLayout) -> JSONValue {
    .object([
      ("prefijo", .string(layout.prefix)), ("formato", .string(layout.shownPattern)),
      ("valor", .string(layout.value.rawValue)), ("decimales", .int(Int64(layout.decimals))),
    ])
  }
}
