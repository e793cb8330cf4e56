extension Schema {
  /// Migration 23, variants' part (issue 22): see `Schema.options`.
  ///
  /// - `variant_attributes`: the attributes of a parent product (`talla`,
  ///   `color`), in order.
  /// - `product_variants`: each variant (a normal product, with its own
  ///   stock) with its parent and its values in attribute order, joined
  ///   by a unit separator (char 31).
  static let variantsSQL = """
    CREATE TABLE IF NOT EXISTS variant_attributes(
      parent_id INTEGER NOT NULL REFERENCES products(id),
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      PRIMARY KEY (parent_id, position)
    ) STRICT;
    CREATE TABLE IF NOT EXISTS product_variants(
      product_id INTEGER PRIMARY KEY REFERENCES products(id),
      parent_id INTEGER NOT NULL REFERENCES products(id),
      vals TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS product_variants_parent ON product_variants(parent_id);
    """
}
