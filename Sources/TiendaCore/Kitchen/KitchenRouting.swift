/// A comanda printer and the categories it takes, subcategories included.
struct KitchenRoute: Sendable, Equatable {
  let printerID: Int64
  let isDefault: Bool
  /// Empty: a printer for everything no other printer takes.
  let categories: Set<Int64>
}

/// Where each line of a kitchen slip goes (Docs/decisiones.md, «Comandas y
/// comprobante de pedido»): to every comanda printer that takes its
/// category; a line no printer takes by category goes to the comanda
/// printers without categories, and when there is none, to the default
/// comanda printer. Every line goes somewhere.
enum KitchenRouting {
  /// The routes in the order they are tried: the default printer first,
  /// then in the order they were configured.
  static func ordered(_ routes: [KitchenRoute]) -> [KitchenRoute] {
    routes.sorted { ($0.isDefault ? 0 : 1, $0.printerID) < ($1.isDefault ? 0 : 1, $1.printerID) }
  }

  /// For each printer that gets something, the indices of its lines, in
  /// the slip's order; printers in route order.
  static func assign(_ categories: [Int64?], to routes: [KitchenRoute]) -> [(
    printerID: Int64, lines: [Int]
  )] {
    let routes = ordered(routes)
    guard let first = routes.first else { return [] }
    let catchAll = routes.filter(\.categories.isEmpty)
    var lines: [Int64: [Int]] = [:]
    for (index, category) in categories.enumerated() {
      var targets = routes.filter { route in
        category.map { !route.categories.isEmpty && route.categories.contains($0) } ?? false
      }
      if targets.isEmpty { targets = catchAll.isEmpty ? [first] : catchAll }
      for target in targets { lines[target.printerID, default: []].append(index) }
    }
    return routes.compactMap { route in
      lines[route.printerID].map { (route.printerID, $0) }
    }
  }
}
