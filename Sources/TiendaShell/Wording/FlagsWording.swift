/// Wording of the program's own flags (`tienda --db …`).
extension Messages {
  /// `--seguir=sí`: a switch written with a value.
  public static func flagTakesNoValue(_ flag: String) -> String {
    "«\(flag)» no lleva valor; escríbala sola, por ejemplo «\(flag)»."
  }
}
