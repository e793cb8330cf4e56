/// Spanish wording of `--caja` / `TIENDA_CAJA` (usage errors, exit 2).
extension Messages {
  public static let emptyRegisterFlag =
    "«--caja» necesita el nombre de una caja, por ejemplo «--caja \"Caja 1\"» (vea «listar cajas»)."

  /// `--caja` (or `TIENDA_CAJA`) names no register of this shop.
  public static func unknownRegisterFlag(
    _ name: String, fromEnvironment: Bool, reason: String, registers: [String]
  ) -> String {
    let flag = fromEnvironment ? "TIENDA_CAJA=\(name)" : "--caja \(name)"
    var text = "«\(flag)»: " + reason
    if !registers.isEmpty {
      text += " Las cajas de esta tienda: " + registers.joined(separator: ", ") + "."
    }
    return text
  }
}
