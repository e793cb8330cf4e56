import TiendaCore

/// Spanish wording of kitchen slips and the order voucher (issue 20): what
/// the commands say and their refusals (`KitchenError`).
extension Messages {
  static func describe(kitchen error: KitchenError) -> String {
    switch error {
    case .categoriesNeedKitchenRole(let printer):
      return
        "«\(printer)» no es una impresora de comanda: sólo ésas reparten por categorías. Agregue rol comanda: configurar impresora \(printer) rol comanda categorías …"
    case .noCategories:
      return
        "Diga qué categorías imprimen comanda, por ejemplo: configurar comanda categorías sándwiches, completos (o «configurar comanda no»)."
    case .repeatedCategory(let name):
      return "La categoría «\(name)» va dos veces: nómbrela una sola vez."
    case .conditionsTooLong(let maximum):
      return
        "Las condiciones son muy largas: a lo más \(maximum) caracteres (se imprimen al pie de cada comprobante)."
    case .orderCancelled(let number):
      return
        "El pedido \(number) está anulado: no hay nada que preparar. Vea su estado con: ver pedido \(number)"
    }
  }

  static func kitchenQueued(_ jobs: [(id: Int64, printer: String)]) -> String {
    "Comanda: "
      + jobs.map { "trabajo \($0.id) a «\($0.printer)»" }.joined(separator: ", ") + "."
  }
  static let kitchenPreviewHeader =
    "[vista previa: no hay impresora de comanda ni de tickets; configure una con «configurar impresora cocina tcp 192.168.1.60 rol comanda»]"
  static let voucherPreviewHeader =
    "[vista previa: no hay impresora de tickets; configure una con «configurar impresora boletera tcp 192.168.1.50»]"
  static func kitchenSaleCategories(_ names: [String]) -> String {
    names.isEmpty
      ? "Las ventas ya no imprimen comanda."
      : "Cada venta con productos de " + names.map { "«\($0)»" }.joined(separator: ", ")
        + " imprimirá una comanda con esas líneas."
  }
  static let kitchenBothWays =
    "Diga categorías o «no», no ambas: configurar comanda categorías sándwiches, completos"
  static func orderConditions(_ text: String) -> String {
    text.isEmpty
      ? "Los comprobantes de pedido ya no llevan condiciones."
      : "Condiciones guardadas: van al pie de cada comprobante de pedido (imprimir pedido N)."
  }
  static func printerCategories(_ names: [String]) -> String {
    names.isEmpty
      ? " Toma todas las líneas que ninguna otra comanda toma por categoría."
      : " Toma las líneas de " + names.map { "«\($0)»" }.joined(separator: ", ") + "."
  }
  static let allCategoriesWord = "todas"
}

/// Table headings of the kitchen area.
enum KitchenHeadings {
  static let categories = "Categorías"
}

extension KitchenError: WordedError {
  func wording(currency: Currency) -> String { Messages.describe(kitchen: self) }
}
