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

  /// The components of a kit, in the order they were given.
  static func components(_ db: Database, kitID: Int64) throws -> [KitComponentRow] {
    try db.fetchAll(
      """
      SELECT kit_id, component_id, quantity, position FROM kit_components WHERE kit_id = ?
      ORDER BY position
      """, [.integer(kitID)])
  }
}
