import TiendaStore

/// The central side of a pull: the rows changed after `since`, read in one
/// REPEATABLE READ snapshot together with the version they come up to. The
/// version row serialises writers (each write bumps it under its row lock
/// until commit), so every row with a version ≤ the one read is committed
/// and visible: no row is skipped, unlike «id > last seen».
enum CentralCatalogFetch {
  static func changes(since: Int64, in central: CentralSQL) throws -> CentralCatalogChanges {
    try central.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    do {
      let upTo =
        try central.rows("SELECT version FROM tienda.catalog_version WHERE id = 1", []).first
        .map { row -> Int64 in try row["version"] } ?? 0
      var changes = CentralCatalogChanges(version: upTo)
      let range: [String?] = [String(since), String(upTo)]
      let window = "version > $1::bigint AND version <= $2::bigint ORDER BY version"
      changes.taxes = try central.rows(
        "SELECT code, rate, description FROM tienda.catalog_taxes WHERE \(window)", range
      ).map {
        CentralTax(code: try $0["code"], rate: try $0["rate"], description: try $0["description"])
      }
      changes.categories = try central.rows(
        """
        SELECT global_id, name, parent_global_id, active::int AS active
        FROM tienda.catalog_categories WHERE \(window)
        """, range
      ).map {
        CentralCategory(
          globalID: try $0["global_id"], name: try $0["name"],
          parentGlobalID: try $0["parent_global_id"], active: try $0["active"])
      }
      changes.products = try central.rows(
        """
        SELECT global_id, sku, name, barcode, category_global_id, unit, price, cost,
          price_includes_taxes::int AS price_includes_taxes, taxes, active::int AS active
        FROM tienda.catalog_products WHERE \(window)
        """, range
      ).map {
        CentralProduct(
          globalID: try $0["global_id"], sku: try $0["sku"], name: try $0["name"],
          barcode: try $0["barcode"], categoryGlobalID: try $0["category_global_id"],
          unit: try $0["unit"], price: try $0["price"], cost: try $0["cost"],
          priceIncludesTaxes: try $0["price_includes_taxes"], taxes: try $0["taxes"],
          active: try $0["active"])
      }
      changes.priceLists = try central.rows(
        """
        SELECT global_id, name, percent_off, active::int AS active
        FROM tienda.catalog_price_lists WHERE \(window)
        """, range
      ).map {
        CentralPriceList(
          globalID: try $0["global_id"], name: try $0["name"], percentOff: try $0["percent_off"],
          active: try $0["active"])
      }
      changes.promotions = try central.rows(
        """
        SELECT name, scope, product_sku, category_name, reward, n, m, percent, amount, minimum,
          minimum_units, days, hour_from, hour_to, valid_from, valid_until, active::int AS active
        FROM tienda.catalog_promotions WHERE \(window)
        """, range
      ).map {
        CentralPromotion(
          name: try $0["name"], scope: try $0["scope"], productSKU: try $0["product_sku"],
          categoryName: try $0["category_name"], reward: try $0["reward"], n: try $0["n"],
          m: try $0["m"], percent: try $0["percent"], amount: try $0["amount"],
          minimum: try $0["minimum"], minimumUnits: try $0["minimum_units"], days: try $0["days"],
          hourFrom: try $0["hour_from"], hourTo: try $0["hour_to"], validFrom: try $0["valid_from"],
          validUntil: try $0["valid_until"], active: try $0["active"])
      }
      changes.listPrices = try central.rows(
        """
        SELECT list_global_id, product_global_id, price FROM tienda.catalog_price_list_prices
        WHERE \(window)
        """, range
      ).map {
        CentralListPrice(
          listGlobalID: try $0["list_global_id"], productGlobalID: try $0["product_global_id"],
          price: try $0["price"])
      }
      changes.customers = try central.rows(
        """
        SELECT global_id, name, rut, phone, email, address, kind, credit_limit, note,
          active::int AS active
        FROM tienda.catalog_customers WHERE \(window)
        """, range
      ).map {
        CentralCustomer(
          globalID: try $0["global_id"], name: try $0["name"], rut: try $0["rut"],
          phone: try $0["phone"], email: try $0["email"], address: try $0["address"],
          kind: try $0["kind"], creditLimit: try $0["credit_limit"], note: try $0["note"],
          active: try $0["active"])
      }
      try central.run("COMMIT")
      return changes
    } catch {
      try? central.run("ROLLBACK")
      throw error
    }
  }
}
