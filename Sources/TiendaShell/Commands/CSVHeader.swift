import TiendaCore

/// A CSV file's header read against an import's column names: accents,
/// case and spaces do not matter, aliases map to their column, an empty
/// header cell is skipped and an unknown one stops the import with a
/// suggestion. Shared by every `importar …`.
enum CSVHeader {
  /// The column `raw` names, if any.
  static func column(_ raw: String, names: [String], aliases: [String: String]) -> String? {
    let key = fold(raw).trimmingCharacters(in: " ")
    if let exact = names.first(where: { fold($0) == key }) { return exact }
    return aliases[key]
  }

  /// Column name by position in the file.
  static func columns(
    _ header: [String], column: (String) -> String?, suggestions: [String]
  ) throws -> [Int: String] {
    var columns: [Int: String] = [:]
    for (index, raw) in header.enumerated() {
      guard let name = column(raw) else {
        if raw.trimmingCharacters(in: " ").isEmpty { continue }
        throw ShellError(
          Messages.unknownCSVColumn(raw, suggestion: closestMatch(to: raw, among: suggestions)))
      }
      columns[index] = name
    }
    return columns
  }
}
