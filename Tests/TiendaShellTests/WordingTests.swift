import Foundation
import Testing
import TiendaCore
import TiendaPrint
import TiendaStore

@testable import TiendaShell

/// The wording room (issue 14, item 5): every user-facing text in
/// `Sources/TiendaShell/Wording/`, one file per area; every error type worded
/// through `WordedError` (one exhaustive `switch` each), not by a run-time
/// list of types.
@Suite struct WordingTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func swiftFiles(under folder: String) throws -> [(path: String, text: String)] {
    let base = root.appendingPathComponent(folder).path
    guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
    var files: [(String, String)] = []
    for case let relative as String in walker where relative.hasSuffix(".swift") {
      let path = folder + "/" + relative
      files.append((path, try String(contentsOfFile: base + "/" + relative, encoding: .utf8)))
    }
    return files.sorted { $0.0 < $1.0 }
  }

  /// Each error type of the library targets, by its declaration.
  static func declaredErrorTypes() throws -> [String] {
    var names: [String] = []
    let declaration = try Regex(#"^(?:public )?(?:enum|struct) (\w+): [^{]*\bError\b"#)
      .anchorsMatchLineEndings()
    for target in ["TiendaStore", "TiendaCore", "TiendaPrint", "TiendaShell"] {
      for file in try swiftFiles(under: "Sources/" + target) {
        for match in file.text.matches(of: declaration) {
          if let name = match.output[1].substring { names.append(String(name)) }
        }
      }
    }
    return names.sorted()
  }

  /// Words with the file it reads (`Messages.csvProblem(path, error)`), so
  /// it has no wording of its own; its `switch` is exhaustive all the same.
  static let wordedWithTheirFile: Set<String> = ["CSVError"]

  @Test func everyErrorTypeConformsToWordedError() throws {
    let declared = try Self.declaredErrorTypes()
    // The scan itself works: it finds the types we know of.
    for known in ["SaleError", "CoreError", "StoreError", "ShellError", "LabelError"] {
      #expect(declared.contains(known), "\(known) not found in Sources")
    }
    let wording = try Self.swiftFiles(under: "Sources/TiendaShell/Wording").map(\.text)
      .joined(separator: "\n")
    let missing = declared.filter {
      !Self.wordedWithTheirFile.contains($0) && !wording.contains("extension \($0): WordedError")
    }
    #expect(
      missing.isEmpty, "no `extension X: WordedError` in Sources/TiendaShell/Wording: \(missing)")
  }

  /// Compiles only while each of these types conforms.
  static let worded: [any WordedError.Type] = [
    ShellError.self, CoreError.self, CashError.self, SaleError.self, TicketOwnerError.self,
    PrintError.self, LabelError.self, BarcodeError.self, StoreError.self, BackupError.self,
    AccessError.self, CurrencyError.self, LimitError.self, TextError.self, GiftCardError.self,
    AccountError.self,
  ]

  /// One value of every error type, with the text the user reads (written
  /// out here, as the e2e tests and goldens see it).
  static let samples: [(any Error, String)] = [
    (ShellError("Falta el producto."), "Falta el producto."),
    (CoreError.nothingToChange, "No indicó nada que cambiar."),
    (
      GiftCardError.balanceShort(code: "REGALO1", balance: Money(5000), wanted: Money(6000)),
      "La tarjeta de regalo REGALO1 tiene saldo $5.000; no alcanza para $6.000. Pague $5.000"
        + " con la tarjeta y el resto con otro medio: pagar tarjeta-regalo REGALO1 5000, efectivo"
    ),
    (
      AccountError.overLimit(
        customer: "Ana", balance: Money(3000), limit: Money(5000), available: Money(2000),
        wanted: Money(3000)),
      "Fiar $3.000 a Ana pasa su límite: debe $3.000, límite $5.000, le quedan $2.000. Pague el"
        + " resto con otro medio (pagar fiado 2000, efectivo) o pida la aprobación de un"
        + " supervisor en la terminal. No se guardó nada."
    ),
    (CoreError.badPin, "El PIN debe tener de 4 a 8 dígitos (sólo números)."),
    (
      CashError.withdrawalExceedsCash(requested: Money(50000), available: Money(20000)),
      "No se puede retirar $50.000: en la caja debería haber $20.000 en efectivo (vea «arqueo»)."
    ),
    (SaleError.emptyTicket, "El ticket no tiene productos todavía."),
    (
      SaleError.lineAlreadyReturned(2, number: 7),
      "La línea 2 de la venta 7 ya se devolvió entera."
    ),
    (
      TicketOwnerError.noOrphan(register: "Caja 1", othersLive: 0),
      "No hay tickets abandonados en Caja 1 para retomar. Para un ticket sostenido: «retomar N» (vea «sostenidas»)."
    ),
    (PrintError.nothingToPrint, "No hay nada que imprimir."),
    (LabelError.copies(0), "0 copias no es posible: de 1 a 9999."),
    (BarcodeError.code128Empty, "El producto no tiene SKU para el código de barras."),
    (
      LabelError.barcode(.ean13Length("123")), "El código «123» no tiene 13 dígitos."
    ),
    (
      StoreError(kind: .diskFull),
      "El disco está lleno: no se guardó nada. Libere espacio e intente de nuevo."
    ),
    (BackupError.sameFile, "Ese archivo es la tienda misma; indique un respaldo."),
    (
      AccessError.missingPin(user: "ana"),
      "Falta el PIN de «ana»: no se contó como intento fallido. Escríbalo, o en scripts use TIENDA_PIN o TIENDA_PIN_ARCHIVO."
    ),
    (
      CurrencyError.amountsStored(current: "CLP", wanted: "USD", kinds: [.sales]),
      "No se puede cambiar la moneda de CLP a USD: la tienda ya guarda ventas en CLP, y cambiarla reinterpretaría cada monto (con otros decimales, los dividiría o multiplicaría). La moneda queda fija desde el primer monto; para otra moneda, use un archivo de tienda nuevo (--db)."
    ),
    (
      LimitError.ticketLines(maximum: 500),
      "Un ticket tiene como máximo 500 líneas; no se agregó. Cobre este ticket y siga en otro."
    ),
    (
      TextError.controlInName(.category, scalar: 27),
      "El nombre de la categoría tiene un carácter de control (U+001B); no se aceptan en nombres. Escríbalo sin él."
    ),
  ]

  @Test func describeAsksTheErrorForItsWording() {
    for (error, text) in Self.samples {
      #expect(Messages.describe(error, currency: .clp) == text, "\(error)")
      #expect((error as? any WordedError)?.wording(currency: .clp) == text, "\(error)")
    }
    // Every worded type has a sample above.
    let sampled = Set(Self.samples.map { "\(type(of: $0.0))" })
    for type in Self.worded { #expect(sampled.contains("\(type)"), "no sample of \(type)") }
  }

  /// The areas of the core each have their wording file; no wording file is
  /// left outside `Wording/`, no view or help inside `Commands/`.
  @Test func wordingAndPresentationHaveTheirRooms() throws {
    let wording = try Self.swiftFiles(under: "Sources/TiendaShell/Wording").map {
      ($0.path as NSString).lastPathComponent
    }
    for area in [
      "Catalog", "Sales", "Ticket", "Cash", "Users", "Printing", "Language", "Scripts", "Shop",
      "Integrity", "Output", "Errors", "Shell",
    ] {
      #expect(wording.contains(area + "Wording.swift"), "missing Wording/\(area)Wording.swift")
    }
    let shell = try Self.swiftFiles(under: "Sources/TiendaShell").map(\.path)
    for path in shell where path.hasSuffix("Messages.swift") {
      Issue.record("wording outside Wording/: \(path)")
    }
    for path in shell where path.hasPrefix("Sources/TiendaShell/Commands/") {
      #expect(!path.hasSuffix("View.swift") && !path.hasSuffix("/Help.swift"), "\(path)")
    }
    #expect(shell.contains("Sources/TiendaShell/Presentation/Help.swift"))
  }
}
