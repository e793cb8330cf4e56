import TiendaCore

/// How `verificar` shows a value it read or expected: `12,5 kg`, `$1.000`,
/// `3`, `sí`.
enum CheckView {
  static func describe(_ value: CheckValue, _ context: ShellContext) -> String {
    switch value {
    case .quantity(let q, let unit):
      return TextFormat.quantity(q) + (unit.isWeighed ? " " + unit.rawValue : "")
    case .money(let m): return TextFormat.money(m, context.shop.settings.currency)
    case .count(let n): return String(n)
    case .truth(let b): return b ? Messages.yes : Messages.no
    }
  }
}
