import Testing

@testable import TiendaCore

@Suite struct TextTests {
  @Test(arguments: [
    ("CUPÓN", "cupon"), ("Categoría", "categoria"), ("Ñandú", "nandu"), ("PIÑA", "pina"),
    ("Crème Brûlée", "creme brulee"), ("e\u{301}", "e"), ("Coca-Cola 1,5 L", "coca-cola 1,5 l"),
    ("Straße", "strasse"),
  ])
  func folds(_ input: String, _ expected: String) {
    #expect(fold(input) == expected)
  }

  @Test func wordsSplitOnHyphens() {
    #expect(foldedWords("Coca-Cola 1,5 L") == ["coca", "cola", "1", "5", "l"])
  }

  @Test func spanishOrder() {
    let names = ["Zapallo", "ñandú", "Nueces", "árbol", "Arándano", "naranja", "Ñoquis", "Ola"]
    let sorted = names.sorted { spanishCompare($0, $1) < 0 }
    #expect(
      sorted == ["Arándano", "árbol", "naranja", "Nueces", "ñandú", "Ñoquis", "Ola", "Zapallo"])
  }

  @Test func editDistanceAndSuggestions() {
    #expect(editDistance("categria", "categoria") == 1)
    #expect(editDistance("cpl", "clp") == 1)
    #expect(closestMatch(to: "categria", among: ["categoría", "caja", "cupón"]) == "categoría")
    #expect(closestMatch(to: "xyz", among: ["categoría", "caja"]) == nil)
  }

  @Test func jsonRoundTrip() {
    let value = JSONValue.object([
      ("nombre", .string("Pan \"amasado\"\n")), ("en_pos", .bool(true)), ("n", .int(-3)),
      ("lista", .array([.null, .string("ñ")])), ("vacío", .object([])),
    ])
    #expect(JSONValue.parse(value.serialized) == value)
    #expect(JSONValue.parse(value.pretty) == value)
    #expect(JSONValue.parse("{\"a\":") == nil)
    #expect(JSONValue.parse("\"\\u00f1\\ud83d\\ude00\"") == .string("ñ😀"))
  }
}

@Suite struct ValueTests {
  @Test(arguments: [
    ("12.345.678-5", true), ("12345678-5", true), ("76.123.456-0", true), ("11.111.111-1", true),
    ("12.345.678-9", false), ("1234567-4", true), ("12.34.5678-5", false), ("12345678", false),
  ])
  func ruts(_ text: String, _ valid: Bool) {
    #expect((Rut.parse(text) != nil) == valid)
  }

  @Test func rutCheckDigitK() {
    // 10.000.013: sum = 3*2 + 1*3 + 1*7 = 16 → 11 - 5 = 6. Search for a body whose digit is K.
    let body = (1_000_000...1_000_200).first { Rut.checkDigit(for: $0) == "K" }!
    #expect(Rut.parse("\(body)-k") != nil)
    #expect(Rut.parse("\(body)-K")!.formatted.hasSuffix("-K"))
    #expect(Rut.parse("12345678-5")!.formatted == "12.345.678-5")
  }

  @Test func localDates() {
    let d = LocalDate(year: 2026, month: 11, day: 23)!
    #expect(d.description == "23-11-2026")
    #expect(d.iso == "2026-11-23")
    #expect(d.isoWeekday == 1)  // a Monday
    #expect(LocalDate(dayNumber: d.dayNumber) == d)
    #expect(d.adding(days: 8) == LocalDate(year: 2026, month: 12, day: 1))
    #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
    #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
    #expect(LocalDate(dayNumber: 0).iso == "1970-01-01")
  }

  @Test func localTimeInSantiago() {
    LocalTime.use(zone: "America/Santiago")
    // 2026-11-23T02:30Z is still the 22nd in Santiago (UTC-3 in summer).
    let instant: Int64 = Int64(LocalDate(year: 2026, month: 11, day: 23)!.dayNumber) * 86400 + 9000
    #expect(LocalTime.components(instant).date == LocalDate(year: 2026, month: 11, day: 22))
    let start = LocalTime.startOfDay(LocalDate(year: 2026, month: 11, day: 23)!)
    #expect(LocalTime.isoUTC(start) == "2026-11-23T03:00:00Z")
    #expect(LocalTime.zoneExists("America/Santiago"))
    #expect(!LocalTime.zoneExists("America/Santiag"))
    #expect(!LocalTime.zoneExists("../etc/passwd"))
  }

  @Test func currencies() {
    #expect(Currency.named("clp")?.decimals == 0)
    #expect(Currency.named("ARS")?.scale == 100)
    #expect(Currency.named("XXX") == nil)
  }
}
