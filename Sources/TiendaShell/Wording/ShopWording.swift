import TiendaCore

/// Wording of the currency rule: fixed once amounts exist.
enum CurrencyMessages {
  static func describe(_ error: CurrencyError) -> String {
    switch error {
    case .amountsStored(let current, let wanted, let kinds):
      return
        "No se puede cambiar la moneda de \(current) a \(wanted): la tienda ya guarda "
        + RightsMessages.plainList(kinds.map(what))
        + " en \(current), y cambiarla reinterpretaría cada monto (con otros decimales, los dividiría o multiplicaría). La moneda queda fija desde el primer monto; para otra moneda, use un archivo de tienda nuevo (--db)."
    }
  }

  static func what(_ kind: StoredAmount) -> String {
    switch kind {
    case .prices: return "precios o costos de productos"
    case .sales: return "ventas"
    case .refunds: return "anulaciones o devoluciones"
    case .cashSessions: return "movimientos de caja"
    case .zReports: return "informes Z"
    case .coupons: return "cupones con montos"
    case .tickets: return "tickets abiertos o sostenidos"
    case .refundCaps: return "topes de devolución de los roles"
    }
  }
}
