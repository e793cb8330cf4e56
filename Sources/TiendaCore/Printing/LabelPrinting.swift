/// `imprimir etiquetas`: which products, how many labels of each, and where.
public struct LabelPrintRequest: Sendable, Equatable {
  /// Products named one by one, each with its count (1 when not given).
  public var items: [SaleItemRequest]
  /// Every product of a category…
  public var category: String?
  /// …with this many labels each (1).
  public var copiesPerProduct: Int64?
  /// A printer by name; nil takes the labels printer, else the tickets one.
  public var printer: String?

  public init(
    items: [SaleItemRequest] = [], category: String? = nil, copiesPerProduct: Int64? = nil,
    printer: String? = nil
  ) {
    self.items = items
    self.category = category
    self.copiesPerProduct = copiesPerProduct
    self.printer = printer
  }
}

/// A product and how many of its labels go out.
public struct LabelCopies: Sendable, Equatable {
  public let product: Product
  public let copies: Int
}

/// The job of `imprimir etiquetas` and how many labels it holds.
public struct QueuedLabels: Sendable, Equatable {
  public let job: PrintJob
  public let labels: Int
}

/// A refusal of `imprimir etiquetas` before anything is rendered.
public enum LabelPrintError: Error, Equatable {
  /// Neither products nor a category.
  case noProducts
  /// A count that is not a whole number from 1 to 9999.
  case badCount(product: String)
}

extension PrintQueue {
  /// `imprimir etiquetas`: names the products, reads the category, picks
  /// the printer, renders the labels (`render` builds the bytes in the
  /// printer's language) and queues the job with its journal row, in one
  /// transaction.
  public func printLabels(
    _ request: LabelPrintRequest, render: (Printer, [LabelCopies]) throws -> [UInt8]
  ) throws -> QueuedLabels {
    try mutate { journal in
      var wanted = try request.items.map(labelCopies)
      if let name = request.category {
        let each = Int(clamping: request.copiesPerProduct ?? 1)
        wanted += try shop.catalog.products(category: name).map {
          LabelCopies(product: $0, copies: each)
        }
      }
      guard !wanted.isEmpty else { throw LabelPrintError.noProducts }
      let printer =
        try request.printer.map(shop.printers.findPrinter)
        ?? shop.printers.defaultPrinter(.labels) ?? shop.printers.defaultPrinter(.tickets)
      guard let printer else { throw PrintError.noPrinter(.labels) }
      let bytes = try render(printer, wanted)
      let total = wanted.reduce(0) { $0 + $1.copies }
      let job = try queue(
        .labels, on: printer, payload: bytes, action: "impresión.etiquetas",
        detail: .object([
          ("etiquetas", .int(Int64(total))),
          ("productos", .array(wanted.map { .string($0.product.sku) })),
        ]), journal: journal)
      return QueuedLabels(job: job, labels: total)
    }
  }

  /// `EMP01 10`, `10 EMP01`, `coca cola`: a product and how many labels.
  func labelCopies(_ item: SaleItemRequest) throws -> LabelCopies {
    var product: Product
    var count = item.quantity
    do {
      product = try shop.catalog.findProduct(item.query)
    } catch CoreError.notFound(let thing, let query, let suggestion) {
      guard let trailing = item.trailingQuery, let q = item.trailingQuantity,
        let found = try? shop.catalog.findProduct(trailing)
      else { throw CoreError.notFound(thing, query: query, suggestion: suggestion) }
      product = found
      count = q
    }
    let copies = count ?? Quantity(units: 1)
    guard copies.isWhole, copies.thousandths >= 1000, copies.thousandths <= 9_999_000 else {
      throw LabelPrintError.badCount(product: product.name)
    }
    return LabelCopies(product: product, copies: Int(copies.thousandths / 1000))
  }
}
