import Testing
import TiendaCore

@testable import TiendaShell

/// DESIGN.md §8.3: the lexing additions.
@Suite struct LexingAdditionsTests {
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

  func token(_ text: String) -> Token {
    Token(kind: .word, text: text, column: 1, length: text.count)
  }

  @Test func colonAndSpaceEndAWord() throws {
    #expect(try kinds("Pan amasado: precio 300") == ["Pan", "amasado", ":", "precio", "300"])
    #expect(try kinds("nota: x") == ["nota", ":", "x"])
    #expect(try kinds("x :") == ["x", ":"])
    // Glued colons stay: times, host and port.
    #expect(try kinds("12:30 tcp 192.168.1.50:9100") == ["12:30", "tcp", "192.168.1.50:9100"])
  }

  @Test func theWordAfterRefIsTextAsWritten() throws {
    #expect(
      try kinds("pagar débito ref 00#12,3, efectivo") == [
        "pagar", "débito", "ref", "00#12,3", ",", "efectivo",
      ])
    #expect(try kinds("factura A-1>2") == ["factura", "A-1>2"])
    #expect(try kinds("código a,b") == ["código", "a,b"])
    #expect(try kinds("teléfono +56912345678") == ["teléfono", "+56912345678"])
    #expect(try kinds("PLU =12") == ["PLU", "=12"])
    // Elsewhere `#` is still a comment and `a,b` two words.
    #expect(try kinds("pan #12") == ["pan"])
    #expect(try kinds("pan a,b") == ["pan", "a", ",", "b"])
  }

  @Test func timesOfDay() throws {
    #expect(try Literals.time(token("08:30")) == 510)
    #expect(try Literals.time(token("8:05")) == 485)
    #expect(try Literals.time(token("23:59")) == 1439)
    for bad in ["24:00", "12:60", "1230", "12:3", ":30", "a:bc"] {
      #expect(throws: ShellError.self, "\(bad)") { _ = try Literals.time(token(bad)) }
    }
  }

  @Test func signedPercents() throws {
    #expect(try Literals.signedPercent(token("+5%")) == (false, Percent(thousandths: 5000)))
    #expect(try Literals.signedPercent(token("-5%")) == (true, Percent(thousandths: 5000)))
    #expect(try Literals.signedPercent(token("-2,5%")) == (true, Percent(thousandths: 2500)))
    #expect(try Literals.signedPercent(token("7%")) == (false, Percent(thousandths: 7000)))
    #expect(throws: ShellError.self) { _ = try Literals.signedPercent(token("+%")) }
    #expect(throws: ShellError.self) { _ = try Literals.signedPercent(token("--5%")) }
    // Where a percentage without sign goes, `+5%` is 5% and `-5%` is refused.
    #expect(try Literals.percent(token("+5%")) == Percent(thousandths: 5000))
    do {
      _ = try Literals.percent(token("-5%"))
      Issue.record("expected an error")
    } catch let error as ShellError {
      #expect(error.message == "«-5%» lleva signo: aquí va un porcentaje sin signo, como 5%.")
    }
  }

  @Test func aRutNeedsItsDash() {
    for text in ["123456785", "12.345.6785", "1234567K"] {
      do {
        _ = try Literals.rut(token(text))
        Issue.record("\(text) should be refused")
      } catch let error as ShellError {
        #expect(error.message.contains("falta el guion"), "\(error.message)")
      } catch {
        Issue.record("\(error)")
      }
    }
    #expect((try? Literals.rut(token("12345678-5")))?.body == 12_345_678)
    // Not a RUT shape at all: the general message.
    #expect(throws: ShellError.self) { _ = try Literals.rut(token("12")) }
  }
}
