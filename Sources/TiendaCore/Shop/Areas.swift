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
  public var paymentMethods: PaymentMethods { PaymentMethods(shop: self) }
  public var hooks: Hooks { Hooks(shop: self) }
  public var giftCards: GiftCards { GiftCards(shop: self) }
  public var scales: Scales { Scales(shop: self) }
  public var prices: BulkPrices { BulkPrices(shop: self) }
  public var reports: Reports { Reports(shop: self) }
  public var customers: Customers { Customers(shop: self) }
  public var customerGroups: CustomerGroups { CustomerGroups(shop: self) }
  public var priceLists: PriceLists { PriceLists(shop: self) }
  public var accounts: Accounts { Accounts(shop: self) }

  public var suppliers: Suppliers { Suppliers(shop: self) }
  public var purchases: Purchases { Purchases(shop: self) }
  public var expenses: Expenses { Expenses(shop: self) }
  public var options: ProductOptions { ProductOptions(shop: self) }
  public var sellers: Sellers { Sellers(shop: self) }
  public var variants: Variants { Variants(shop: self) }
  public var promotions: Promotions { Promotions(shop: self) }

  public var points: Points { Points(shop: self) }

  public var orders: Orders { Orders(shop: self) }
  public var kitchen: Kitchen { Kitchen(shop: self) }
  public var orderVouchers: OrderVouchers { OrderVouchers(shop: self) }

  public var sync: Sync { Sync(shop: self) }
  public var centralReports: CentralReports { CentralReports(shop: self) }
  public var centralCatalog: CentralCatalog { CentralCatalog(shop: self) }
}
