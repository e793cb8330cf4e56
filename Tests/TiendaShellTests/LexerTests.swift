import Testing
import TiendaCore

@testable import TiendaShell

@Suite struct LexerTests {
  func kinds(_ line: String) throws -> [String] {
    try Lexer.tokenize(line).map { t in
      switch t.kind {
      case .word: return t.text
      case .quoted: return "«" + t.text + "»"
      case .comma: return ","
      case .semicolon: return ";"
      case .colon: return ":"
      }
    }
  }

  @Test func wordsQuotesAndSeparators() throws {
    #expect(
      try kinds(#"vender 2 empanada pino, 1 "Pan con queso"; total # comentario"#)
        == ["vender", "2", "empanada", "pino", ",", "1", "«Pan con queso»", ";", "total"])
    #expect(try kinds("0,5 kg tomate, 1,25 kg") == ["0,5", "kg", "tomate", ",", "1,25", "kg"])
    #expect(try kinds("a,b") == ["a", ",", "b"])
    #expect(try kinds("“Pan amasado” «Té verde»") == ["«Pan amasado»", "«Té verde»"])
    #expect(try kinds(#""dice \"hola\"""#) == [#"«dice "hola"»"#])
    #expect(try kinds("listar >ventas.csv") == ["listar", ">", "ventas.csv"])
    #expect(try kinds("verificar stock x >= 10") == ["verificar", "stock", "x", ">=", "10"])
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let tokens = try Lexer.tokenize("crear categoría  Ñandú")
    #expect(tokens.map(\.column) == [1, 7, 18])
    #expect(tokens[1].length == 9)
  }

  @Test func unterminatedQuotePointsAtIt() {
    #expect(throws: ShellError(Messages.unterminatedQuote, column: 17, length: 6)) {
      _ = try Lexer.tokenize(#"crear categoría "Pan y"#)
    }
  }

  @Test func statementsSplitAtSemicolons() throws {
    let s = Lexer.statements(try Lexer.tokenize("a b; c;; d"))
    #expect(s.map { $0.map(\.text) } == [["a", "b"], ["c"], ["d"]])
  }
}

@Suite struct LiteralTests {
  func token(_ s: String) -> Token { Token(kind: .word, text: s, column: 1, length: s.count) }
  let clp = Currency.clp
  let ars = Currency.named("ARS")!

  @Test(
    arguments: [
      ("2500", 2500), ("2.500", 2500), ("$2.500", 2500), ("$2500", 2500), ("12.990", 12990),
      ("1.234.567", 1_234_567), ("0", 0),
    ] as [(String, Int64)])
  func moneyCLP(_ text: String, _ expected: Int64) throws {
    #expect(try Literals.money(token(text), currency: clp) == Money(expected))
  }

  @Test(arguments: [
    "2.5", "25.00", "2,5", "$", "abc", "-500", "12.345.678-5", "1.2345", "99999999999999999999",
  ])
  func moneyCLPRefused(_ text: String) {
    #expect(throws: ShellError.self) { _ = try Literals.money(token(text), currency: clp) }
  }

  @Test func moneyWithDecimals() throws {
    #expect(try Literals.money(token("12,50"), currency: ars) == Money(1250))
    #expect(try Literals.money(token("$1.234,5"), currency: ars) == Money(123_450))
    #expect(throws: ShellError.self) { _ = try Literals.money(token("1,505"), currency: ars) }
  }

  @Test func rutIsNotMoney() {
    #expect(throws: ShellError(Messages.rutWhereMoney("12.345.678-5"), column: 1, length: 12)) {
      _ = try Literals.money(token("12.345.678-5"), currency: clp)
    }
  }

  @Test(
    arguments: [
      ("2", 2000), ("0,5", 500), ("1,25", 1250), ("0.5", 500), ("1.25", 1250), ("0.500", 500),
      ("1.500.000", 1_500_000_000), ("0,125", 125), ("10", 10000),
    ] as [(String, Int64)])
  func quantities(_ text: String, _ thousandths: Int64) throws {
    #expect(try Literals.quantity(token(text)).0 == Quantity(thousandths: thousandths))
  }

  @Test func ambiguousQuantityOffersBothReadings() {
    do {
      _ = try Literals.quantity(token("1.500"))
      Issue.record("1.500 must be refused")
    } catch let error as ShellError {
      #expect(error.message.contains("¿1,5 o 1500?"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func quantityUnits() throws {
    let (q, unit) = try Literals.quantity(token("500g"))
    #expect(q == Quantity(units: 500) && unit == .gram)
    #expect(try Literals.quantity(token("1,5kg")).1 == .kilogram)
    #expect(throws: ShellError.self) { _ = try Literals.quantity(token("0,1234")) }
    #expect(throws: ShellError.self) { _ = try Literals.quantity(token("-2")) }
    #expect(throws: ShellError.self) { _ = try Literals.quantity(token("2xl")) }
    #expect(throws: ShellError.self) { _ = try Literals.quantity(token("1,")) }
  }

  @Test func percents() throws {
    #expect(try Literals.percent(token("10%")) == Percent(thousandths: 10000))
    #expect(try Literals.percent(token("20,5%")) == Percent(thousandths: 20500))
    #expect(throws: ShellError.self) { _ = try Literals.percent(token("10")) }
    #expect(throws: ShellError.self) { _ = try Literals.percent(token("x%")) }
  }

  @Test func dates() throws {
    let today = LocalDate(year: 2026, month: 11, day: 23)!
    #expect(try Literals.date(token("hoy"), today: today) == today)
    #expect(try Literals.date(token("AYER"), today: today) == today.adding(days: -1))
    #expect(try Literals.date(token("mañana"), today: today) == today.adding(days: 1))
    let christmas = LocalDate(year: 2026, month: 12, day: 25)!
    for text in ["25-12-2026", "25/12/2026", "2026-12-25"] {
      #expect(try Literals.date(token(text), today: today) == christmas)
    }
    #expect(throws: ShellError.self) { _ = try Literals.date(token("31-02-2026"), today: today) }
    #expect(throws: ShellError.self) { _ = try Literals.date(token("2026/12/25"), today: today) }
  }

  @Test func rutsAndYesNo() throws {
    #expect(try Literals.rut(token("12.345.678-5")).body == 12_345_678)
    #expect(throws: ShellError.self) { _ = try Literals.rut(token("12.345.678-9")) }
    #expect(try Literals.yesNo(token("SÍ")) == true)
    #expect(try Literals.yesNo(token("no")) == false)
    #expect(throws: ShellError.self) { _ = try Literals.yesNo(token("tal vez")) }
  }
}
