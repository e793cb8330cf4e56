import Testing
import TiendaTestSupport

@testable import TiendaCore

/// «¿Quiso decir …?» for product names (issue 12, item 5).
@Suite struct ProductSuggestionTests {
  /// The bounded distance agrees with the full-matrix `editDistance` (an
  /// independent implementation) on random pairs, and says nil past the bound.
  @Test func boundedDistanceAgreesWithTheFullOne() {
    var state: UInt64 = 12
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let letters = Array("abcdeñ")
    for _ in 0..<3000 {
      let a = String((0..<next(9)).map { _ in letters[next(letters.count)] })
      let b = String((0..<next(9)).map { _ in letters[next(letters.count)] })
      let full = editDistance(a, b)
      for bound in 0...4 {
        let bounded = ProductSuggestions.distance(
          Array(a.unicodeScalars)[...], Array(b.unicodeScalars)[...], atMost: bound)
        #expect(bounded == (full <= bound ? full : nil), "\(a) \(b) \(bound)")
      }
    }
    // Hand-checked: a swap of neighbours is one edit.
    #expect(
      ProductSuggestions.distance(
        Array("empanda".unicodeScalars)[...], Array("empanada".unicodeScalars)[...], atMost: 3) == 1
    )
    #expect(
      ProductSuggestions.distance(
        Array("cloa".unicodeScalars)[...], Array("cola".unicodeScalars)[...], atMost: 3) == 1)
  }

  @Test func closestNameByWordsPrefixesAndJoinedWords() {
    let names = ["Empanada de pino", "Empanada de queso", "Coca-Cola 1,5 L", "Pan amasado", "Té"]
    #expect(ProductSuggestions.closest(to: "empanda", among: names) == "Empanada de pino")
    #expect(ProductSuggestions.closest(to: "empanda queso", among: names) == "Empanada de queso")
    #expect(ProductSuggestions.closest(to: "emp qeso", among: names) == "Empanada de queso")
    #expect(ProductSuggestions.closest(to: "cocacola", among: names) == "Coca-Cola 1,5 L")
    #expect(ProductSuggestions.closest(to: "pan amsado", among: names) == "Pan amasado")
    // Too far, or too short to guess.
    #expect(ProductSuggestions.closest(to: "zapallo", among: names) == nil)
    #expect(ProductSuggestions.closest(to: "te", among: names) == nil)
  }

  @Test func hiddenProductsAreNamedNotForSaleAndNeverSuggested() throws {
    let dir = TempDir()
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.catalog.createCategory(name: "Insumos", inPOS: false)
    try shop.catalog.createCategory(name: "Bolsas", parent: "insumos")
    var bag = ProductDraft(name: "Bolsa grande", price: Money(50))
    bag.category = "bolsas"
    try shop.catalog.createProduct(bag)
    var cup = ProductDraft(name: "Vaso", price: Money(30))
    cup.inPOS = false
    cup.sku = "VAS01"
    try shop.catalog.createProduct(cup)
    #expect(
      throws: CoreError.notForSale(
        query: "bolsa", name: "Bolsa grande", sku: "BOL01", category: "Insumos")
    ) {
      try shop.catalog.findProduct("bolsa", forSale: true)
    }
    #expect(throws: CoreError.notForSale(query: "VAS01", name: "Vaso", sku: "VAS01", category: nil))
    {
      try shop.catalog.findProduct("VAS01", forSale: true)
    }
    #expect(throws: CoreError.notFound(.product, query: "vasso", suggestion: nil)) {
      try shop.catalog.findProduct("vasso", forSale: true)
    }
    #expect(throws: CoreError.notFound(.product, query: "vasso", suggestion: "Vaso")) {
      try shop.catalog.findProduct("vasso")
    }
  }
}

extension ProductSuggestionTests {
  /// Words run together are compared as one only when the split differs:
  /// «empanda de pino soprole» is not «Esponja de pino Soprole» (the first
  /// words are 3 edits apart, more than a 7-letter word allows).
  @Test func joinedWordsDoNotOverrideAWordByWordMismatch() {
    #expect(
      ProductSuggestions.closest(
        to: "empanda de pino soprole", among: ["Esponja de pino Soprole 442 un"]) == nil)
    #expect(ProductSuggestions.closest(to: "coca cola", among: ["Cocacola 2 L"]) == "Cocacola 2 L")
  }
}
