import TiendaCore

/// A value in a table or record, formatted by the shell at the end.
public enum Cell: Equatable {
  case text(String)
  case money(Money)
  case int(Int64)
  case bool(Bool)
  case date(LocalDate)
  /// An instant (UTC seconds), shown in the shop's local time.
  case instant(Int64)
  /// JSON text embedded as is in `como json` (shown as text elsewhere).
  case json(String)
  /// A quantity: `12,5` on screen, `12,5` in CSV (no thousands separator),
  /// `12.5` in JSON; `signed` shows `+` on screen for movements.
  case quantity(Quantity, signed: Bool)
  case percent(Percent)
  case null
  /// A figure that cannot be known (a margin without a cost): «—» on
  /// screen, empty in CSV, null in JSON.
  case unknown
}

/// A column: Spanish title for tables, a plain key for CSV and JSON.
public struct Column {
  public let title: String
  public let key: String
  public let alignRight: Bool
  /// Which columns stay on a narrow screen: `.low` ones (ids, notes) go
  /// first, `.high` ones (the name, the total) last. CSV and JSON keep all.
  public let priority: Priority
  /// Text that, as the last column shown, goes on in lines below instead of
  /// being cut (a list of rights, a reason).
  public let wraps: Bool

  public enum Priority: Int, Comparable, Sendable {
    case low, normal, high
    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
  }

  public init(
    _ title: String, key: String, alignRight: Bool = false, priority: Priority = .normal,
    wraps: Bool = false
  ) {
    self.wraps = wraps
    self.title = title
    self.key = key
    self.alignRight = alignRight
    self.priority = priority
  }
}

/// Rows and columns returned by a listing command.
public struct Table {
  public let columns: [Column]
  public var rows: [[Cell]]
  /// Shown instead of an empty table (text format only).
  public let emptyMessage: String?
  /// Lines under the table (text format only), e.g. "there are more".
  public var footer: [String] = []
  /// A report's totals: labelled lines under the table, `"totales"` in
  /// `como json` (DESIGN §8.14: `{"filas": […], "totales": {…}}`).
  public var totals: [(label: String, key: String, value: Cell)] = []
  /// Which columns `como gráfico` draws: the label and the amount.
  public var chart: (label: Int, value: Int)?
  /// `como gráfico` also draws one row of shaded blocks (a heat strip:
  /// hours of the day, days of the week), from `first` to `last`.
  public var heat: (first: String, last: String, values: [Int64])?

  public init(columns: [Column], rows: [[Cell]], emptyMessage: String? = nil) {
    self.columns = columns
    self.rows = rows
    self.emptyMessage = emptyMessage
  }
}

/// Labelled values about one thing (`ver configuración`).
public struct Record {
  public let fields: [(label: String, key: String, value: Cell)]
  public let footer: [String]

  public init(_ fields: [(String, String, Cell)], footer: [String] = []) {
    self.fields = fields.map { (label: $0.0, key: $0.1, value: $0.2) }
    self.footer = footer
  }
}
