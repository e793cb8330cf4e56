import TiendaStore

extension CentralCatalog {
  /// The central catalog's tables (PostgreSQL), made or completed by
  /// `central preparar` (safe to run again). The owner edits them with SQL
  /// (or a tool on the central server); every insert or update takes the
  /// next `catalog_version` in the trigger, under that row's lock, so
  /// versions follow commit order. Rows are never deleted: `active = false`.
  /// Money in minor units, rates and percents in thousandths of a percent.
  public static let centralSchema = """
    CREATE TABLE IF NOT EXISTS tienda.catalog_version(
      id integer PRIMARY KEY CHECK (id = 1),
      version bigint NOT NULL);
    INSERT INTO tienda.catalog_version VALUES (1, 0) ON CONFLICT DO NOTHING;
    CREATE OR REPLACE FUNCTION tienda.catalog_bump() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      UPDATE tienda.catalog_version SET version = version + 1 WHERE id = 1 RETURNING version INTO NEW.version;
      RETURN NEW;
    END $f$;
    CREATE TABLE IF NOT EXISTS tienda.catalog_taxes(
      code text PRIMARY KEY,
      rate integer NOT NULL CHECK (rate BETWEEN 0 AND 100000),
      description text NOT NULL DEFAULT '',
      version bigint NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS tienda.catalog_categories(
      global_id text PRIMARY KEY,
      name text NOT NULL,
      parent_global_id text,
      active boolean NOT NULL DEFAULT true,
      version bigint NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS tienda.catalog_products(
      global_id text PRIMARY KEY,
      sku text NOT NULL,
      name text NOT NULL,
      barcode text,
      category_global_id text,
      unit text NOT NULL DEFAULT 'un' CHECK (unit IN ('un', 'kg', 'lt')),
      price bigint NOT NULL CHECK (price BETWEEN 0 AND 1000000000000),
      cost bigint CHECK (cost BETWEEN 0 AND 1000000000000),
      price_includes_taxes boolean NOT NULL DEFAULT true,
      taxes text NOT NULL DEFAULT 'iva',
      active boolean NOT NULL DEFAULT true,
      version bigint NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS tienda.catalog_price_lists(
      global_id text PRIMARY KEY,
      name text NOT NULL,
      percent_off integer NOT NULL DEFAULT 0 CHECK (percent_off BETWEEN 0 AND 100000),
      active boolean NOT NULL DEFAULT true,
      version bigint NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS tienda.catalog_price_list_prices(
      list_global_id text NOT NULL,
      product_global_id text NOT NULL,
      price bigint CHECK (price BETWEEN 0 AND 1000000000000),
      version bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (list_global_id, product_global_id));
    CREATE TABLE IF NOT EXISTS tienda.catalog_customers(
      global_id text PRIMARY KEY,
      name text NOT NULL,
      rut text,
      phone text NOT NULL DEFAULT '',
      email text NOT NULL DEFAULT '',
      address text NOT NULL DEFAULT '',
      kind text NOT NULL DEFAULT 'persona' CHECK (kind IN ('persona', 'empresa')),
      credit_limit bigint CHECK (credit_limit BETWEEN 0 AND 1000000000000),
      note text NOT NULL DEFAULT '',
      active boolean NOT NULL DEFAULT true,
      version bigint NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS tienda.catalog_promotions(
      name text PRIMARY KEY,
      scope text NOT NULL CHECK (scope IN ('todo', 'producto', 'categoría')),
      product_sku text,
      category_name text,
      reward text NOT NULL CHECK (reward IN ('porcentaje', 'monto', 'lleva', 'pack', 'unidad')),
      n integer NOT NULL DEFAULT 0,
      m integer NOT NULL DEFAULT 0,
      percent integer,
      amount bigint,
      minimum bigint,
      minimum_units bigint,
      days text NOT NULL DEFAULT '',
      hour_from integer,
      hour_to integer,
      valid_from text,
      valid_until text,
      active boolean NOT NULL DEFAULT true,
      version bigint NOT NULL DEFAULT 0);
    DO $d$
    DECLARE t text;
    BEGIN
      FOREACH t IN ARRAY ARRAY['catalog_taxes', 'catalog_categories', 'catalog_products',
        'catalog_price_lists', 'catalog_price_list_prices', 'catalog_customers',
        'catalog_promotions'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %1$s_version ON tienda.%1$s', t);
        EXECUTE format('CREATE TRIGGER %1$s_version BEFORE INSERT OR UPDATE ON tienda.%1$s '
          'FOR EACH ROW EXECUTE FUNCTION tienda.catalog_bump()', t);
        EXECUTE format('CREATE INDEX IF NOT EXISTS %1$s_by_version ON tienda.%1$s(version)', t);
      END LOOP;
    END $d$;
    """
}
