import TiendaStore

/// One row of `kit_components`: how much of a product one kit takes.
struct KitComponentRow: FetchableRow, PersistableRow {
  static let table = "kit_components"
  let kitID: Int64
  let componentID: Int64
  /// Thousandths of the component's unit.
  let quantity: Int64
  let position: Int64

  init(kitID: Int64, componentID: Int64, quantity: Int64, position: Int64) {
    self.kitID = kitID
    self.componentID = componentID
    self.quantity = quantity
    self.position = position
  }

  init(row: Row) throws {
    kitID = try row["kit_id"]
    componentID = try row["component_id"]
    quantity = try row["quantity"]
    position = try row["position"]
  }

  var columns: KeyValuePairs<String, any SQLBindable> {
    ["kit_id": kitID, "component_id": componentID, "quantity": quantity, "position": position]
  }

}

/// A component of a kit read with its product, in one statement.
struct KitPartRow: FetchableRow {
  let product: ProductRow
  /// Thousandths of the component's unit.
  let quantity: Int64

  init(row: Row) throws {
    product = try ProductRow(row: row)
    quantity = try row["kit_quantity"]
  }

  /// The components of a kit with their products, in the order they were given.
  static func parts(_ db: Database, kitID: Int64) throws -> [KitPartRow] {
    try db.fetchAll(
      ProductRow.columns + ", k.quantity AS kit_quantity" + ProductRow.from
        + " JOIN kit_components k ON k.component_id = p.id WHERE k.kit_id = ?"
        + " ORDER BY k.position", [.integer(kitID)])
  }
}
