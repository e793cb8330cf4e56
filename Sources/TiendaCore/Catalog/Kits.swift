import TiendaStore

/// One line of a kit as written: `1 pan amasado`.
public struct KitComponentInput: Sendable {
  public let quantity: Quantity
  public let unit: Quantity.Unit?
  public let product: String

  public init(quantity: Quantity, unit: Quantity.Unit?, product: String) {
    self.quantity = quantity
    self.unit = unit
    self.product = product
  }
}

/// A component of a kit: the product and how much of it one kit takes.
public struct KitComponent: Sendable, Equatable {
  public let product: Product
  public let quantity: Quantity
}

extension Catalog {
  /// `crear kit "Combo once" precio 3500 con 1 pan amasado, 1 té`: a product
  /// with no stock of its own; selling it moves its components.
  @discardableResult
  public func createKit(_ draft: ProductDraft, components: [KitComponentInput]) throws -> Product {
    guard !components.isEmpty else { throw CoreError.kitNeedsComponents }
    return try mutate { journal in
      var resolved: [(Product, Quantity)] = []
      for input in components {
        let component: Product
        do {
          component = try findProduct(input.product, kits: false)
        } catch CoreError.notFound(let thing, let query, let suggestion) {
          // Say so when the name is a kit's: a kit cannot hold another kit.
          if let kit = try? findProduct(input.product), kit.isKit {
            throw CoreError.kitInsideKit(kit.name)
          }
          throw CoreError.notFound(thing, query: query, suggestion: suggestion)
        }
        guard !component.isKit else { throw CoreError.kitInsideKit(component.name) }
        let q = try component.unit.quantity(
          input.quantity, writtenIn: input.unit, product: component.name)
        guard q.thousandths > 0 else { throw CoreError.kitComponentQuantity(component.name) }
        if let i = resolved.firstIndex(where: { $0.0.id == component.id }) {
          resolved[i].1 = Quantity(thousandths: resolved[i].1.thousandths + q.thousandths)
        } else {
          resolved.append((component, q))
        }
      }
      // A kit's component is at most what one sale line may hold (§8.2).
      for (component, q) in resolved {
        let maximum = Limits.lineQuantity(weighed: component.unit.isWeighed)
        guard q <= maximum else {
          throw LimitError.lineQuantity(
            product: component.name, maximum: maximum, unit: component.unit)
        }
      }
      var kitDraft = draft
      kitDraft.stock = nil
      let kit = try insertProduct(kitDraft, isKit: true)
      for (position, (component, q)) in resolved.enumerated() {
        try KitComponentRow(
          kitID: kit.id, componentID: component.id, quantity: q.thousandths,
          position: Int64(position)
        ).insert(into: db)
      }
      var json = kit.json.fields
      json.append(
        (
          "componentes",
          .array(
            resolved.map {
              .object([
                ("sku", .string($0.0.sku)), ("cantidad", .decimal(thousandths: $0.1.thousandths)),
              ])
            })
        ))
      journal.record("kit.crear", entity: "products", id: kit.sku, after: .object(json))
      return kit
    }
  }

  /// The components of a kit, in the order they were given.
  public func kitComponents(of kitID: Int64) throws -> [KitComponent] {
    try KitPartRow.parts(db, kitID: kitID).map {
      KitComponent(product: $0.product.product, quantity: Quantity(thousandths: $0.quantity))
    }
  }

  /// How many whole kits the components' stock allows.
  public func kitsAvailable(_ kitID: Int64) throws -> Int64 {
    let parts = try kitComponents(of: kitID)
    guard !parts.isEmpty, parts.allSatisfy(\.product.active) else { return 0 }
    return max(0, parts.map { $0.product.stock.thousandths / $0.quantity.thousandths }.min() ?? 0)
  }
}
