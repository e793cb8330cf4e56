import TiendaStore

/// An area of the shop (DESIGN.md §3.1): its own type in its own folder,
/// reached from the `Shop` facade (`shop.catalog`, `shop.checkout`, …).
/// It sees the file, the clock and the settings through the shop handle it
/// was reached from, and its writes (`mutate`) journal that handle's
/// `WriteContext` (the command's text and approver).
protocol ShopArea {
  var shop: Shop { get }
}

extension ShopArea {
  var db: Database { shop.db }
  var clock: ShopClock { shop.clock }
  var settings: ShopSettings { shop.settings }
  var actor: Actor { shop.actor }
  var today: LocalDate { shop.today }
  var terminal: TerminalID { shop.terminal }
  var practice: Bool { shop.practice }
  var context: WriteContext { shop.context }

  @discardableResult
  func mutate<T>(_ body: (JournalRecorder) throws -> T) throws -> T { try shop.mutate(body) }
}

/// Products, categories, taxes and kits.
public struct Catalog: ShopArea { let shop: Shop }
/// The stock ledger and stock counts.
public struct Stock: ShopArea { let shop: Shop }
/// Open tickets: lines, discounts, holds, ownership per terminal.
public struct Tickets: ShopArea { let shop: Shop }
/// Paying a ticket and recording the sale.
public struct Checkout: ShopArea { let shop: Shop }
/// Discount coupons.
public struct Coupons: ShopArea { let shop: Shop }
/// Recorded sales: listing, voids and returns.
public struct SalesHistory: ShopArea { let shop: Shop }
/// Registers (cajas), cash sessions, movements, X and Z.
public struct CashRegister: ShopArea { let shop: Shop }
/// Users, roles, rights and logins.
public struct Users: ShopArea { let shop: Shop }
/// Print jobs: queued in the write's transaction, sent by the spool.
public struct PrintQueue: ShopArea { let shop: Shop }
/// Configured printers.
public struct Printers: ShopArea { let shop: Shop }
/// The audit journal and its hash chain.
public struct Journal: ShopArea { let shop: Shop }
/// `verificar base`: ledger checks, seals and stored amounts.
public struct Integrity: ShopArea { let shop: Shop }

extension Shop {
  public var catalog: Catalog { Catalog(shop: self) }
  public var stock: Stock { Stock(shop: self) }
  public var tickets: Tickets { Tickets(shop: self) }
  public var checkout: Checkout { Checkout(shop: self) }
  public var coupons: Coupons { Coupons(shop: self) }
  public var sales: SalesHistory { SalesHistory(shop: self) }
  public var register: CashRegister { CashRegister(shop: self) }
  public var users: Users { Users(shop: self) }
  public var printQueue: PrintQueue { PrintQueue(shop: self) }
  public var printers: Printers { Printers(shop: self) }
  public var journal: Journal { Journal(shop: self) }
  public var integrity: Integrity { Integrity(shop: self) }
}
