import Testing

@testable import TiendaPrint

@Suite struct TextFittingTests {
  func lines(_ text: String, _ maxLines: Int, width: Int) -> [String] {
    TextFitting.lines(text, maxLines: maxLines, ellipsis: "...") { $0.count <= width }
  }

  @Test func wrapsAtSpaces() {
    #expect(lines("Queso mantecoso laminado", 2, width: 16) == ["Queso mantecoso", "laminado"])
    #expect(lines("Pan", 2, width: 10) == ["Pan"])
    #expect(lines("   ", 2, width: 10) == [])
  }

  @Test func endsWithEllipsisWhenTextIsLeft() {
    #expect(lines("Queso mantecoso laminado", 1, width: 12) == ["Queso..."])
    #expect(
      lines("Queso mantecoso laminado artesanal", 2, width: 16) == [
        "Queso mantecoso", "laminado...",
      ])
  }

  @Test func cutsWordsLongerThanALine() {
    #expect(lines("Supercalifragilístico", 2, width: 10) == ["Supercalif", "ragilís..."])
    #expect(lines("Supercalifragilístico", 3, width: 10) == ["Supercalif", "ragilístic", "o"])
    let all = lines("Otorrinolaringólogo de la esquina", 2, width: 8)
    #expect(all.count == 2 && all.allSatisfy { $0.count <= 8 })
  }
}
