/// Wording about output: tables cut to the screen, CSV settings.
enum OutputMessages {
  /// Under a table that did not fit: which columns were left out.
  static func droppedColumns(_ titles: [String]) -> String {
    let names = titles.map { "«" + $0 + "»" }.joined(separator: ", ")
    return "(No " + (titles.count == 1 ? "cabe: " : "caben: ") + names
      + "; use «como csv» o «como json».)"
  }

  /// The words `configurar tienda separador-csv` takes, and what they mean.
  static let csvSeparatorWords: [(word: String, delimiter: Character)] = [
    ("punto-y-coma", ";"), ("coma", ","),
  ]
  static let csvSeparatorField = "separador de CSV"
  static let csvSeparatorHelp =
    "Separador de los CSV: punto-y-coma (Excel en español, por omisión) o coma."
}
