/// What makes an acceptable name for something the user creates.
public enum NameRules {
  public static let maximumLength = 80

  /// Trims the name and checks it: not empty, not too long, with a letter or
  /// a digit, and not a reserved word.
  public static func clean(_ raw: String, thing: CoreError.Thing, reserved: [String] = [])
    throws -> String
  {
    // NUL, ESC and other controls would drive the terminal or the printer
    // wherever the name is shown (a tab counts as a space).
    if let control = ControlCharacters.first(in: raw, allowing: ["\t"]) {
      throw TextError.controlInName(thing, scalar: control.value)
    }
    // Runs of spaces count as one: "Pan  amasado" is "Pan amasado".
    let name = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    guard !name.isEmpty else { throw CoreError.emptyName(thing) }
    guard name.count <= maximumLength else {
      throw CoreError.nameTooLong(thing, maximum: maximumLength)
    }
    guard !foldedWords(name).isEmpty else {
      throw CoreError.nameWithoutLetters(thing, name: name)
    }
    if reserved.contains(fold(name)) { throw CoreError.reservedName(thing, name: name) }
    return name
  }
}
