import TiendaCore

/// Every command of tienda. Each one is declared once, in the file of its
/// group; parsing, help, completion and `Docs/comandos.md` read this list.
public struct Registry: Sendable {
  public let commands: [CommandSpec]

  /// Every command's words and aliases, folded once: (command index, words).
  let phrases: [(command: Int, words: [String])]
  let longestPhrase: Int

  public init(commands: [CommandSpec]) {
    self.commands = commands
    self.phrases = commands.enumerated().flatMap { i, spec in
      ([spec.words] + spec.aliases).map { (i, $0.map(fold)) }
    }
    // A closure, not a key path (`\\.words.count`): key paths cost ~2.000
    // instructions per element, on every start.
    self.longestPhrase = phrases.map { $0.words.count }.max() ?? 1
  }

  /// The commands shipped with tienda.
  /// (One array joined once: adding the groups' arrays with `+` copied every
  /// command once per group, on every start.)
  public static let standard = Registry(
    commands: Array(
      [
        ShopCommands.all,
        CategoryCommands.all,
        TaxCommands.all,
        ProductCommands.all,
        ImportCommands.all,
        StockCommands.all,
        CountCommands.all,
        SaleCommands.all,
        HoldCommands.all,
        SaleHistoryCommands.all,
        GiftCardCommands.all,
        CouponCommands.all,
        PromotionCommands.all,
        ClearanceCommands.all,
        CashCommands.all,
        CashMovementCommands.all,
        PaymentMethodCommands.all,
        ReportCommands.all,
        PromotionReportCommands.all,
        ExpenseCommands.all,
        OptionCommands.all,
        SellerCommands.all,
        VariantCommands.all,
        PrinterCommands.all,
        PrintCommands.all,
        KitchenCommands.all,
        LabelCommands.all,
        UserCommands.all,
        AuditCommands.all,
        ShellCommands.all,
        ScriptCommands.all,
        HookCommands.all,
        CheckCommands.all,
        BackupCommands.all,
        TrainerCommands.all,
        ScaleCommands.all,
        PriceCommands.all,
        CustomerCommands.all,
        PriceListCommands.all,
        CentralCatalogCommands.all,
        CustomerImportCommands.all,
        AccountCommands.all,
        PointsCommands.all,
        SupplierCommands.all,
        PurchaseCommands.all,
        OrderCommands.all,

        SyncCommands.all,
      ].joined()))

  /// Commands of a group, in declaration order.
  public func commands(in group: CommandGroup) -> [CommandSpec] {
    commands.filter { $0.group == group }
  }
}
