import TiendaCore

/// Wording of the language's own rules: keywords that end values, lexing
/// additions of DESIGN.md §8.3, products not found or not for sale.
extension Messages {
  /// `sku precio 100`: a keyword came where the value of `keyword` goes.
  static func keywordInsteadOfValue(
    _ keyword: String, _ placeholder: String, found: String, command: String, quotable: Bool
  ) -> String {
    let text =
      "Falta el valor de «\(keyword)» (\(placeholder)): «\(found)» es otra palabra clave de «\(command)»."
    guard quotable else { return text }
    return text + " Si «\(found)» es el valor, escríbalo entre comillas: \(keyword) \"\(found)\"."
  }

  /// `rut 123456785`: a RUT is written with its dash.
  static func rutNeedsDash(_ text: String) -> String {
    let body = String(text.dropLast())
    return
      "«\(text)» no es un RUT: falta el guion antes del dígito verificador (\(body)-\(text.last!))."
  }

  /// `descuento -5%` where only a percentage without sign goes.
  static func signedPercentNotHere(_ text: String) -> String {
    "«\(text)» lleva signo: aquí va un porcentaje sin signo, como 5%."
  }

  /// `25:70`: not a time of day.
  static func badTime(_ text: String) -> String {
    "«\(text)» no es una hora válida. Use HH:MM, por ejemplo 08:30 o 19:45."
  }

  /// `vender 1 bolsa` when the product has `en-pos no`.
  static func notForSale(_ name: String, sku: String, category: String?) -> String {
    if let category {
      return
        "«\(name)» no está a la venta: su categoría «\(category)» tiene en-pos no. Para venderlo: editar categoría \"\(category)\" en-pos sí."
    }
    return
      "«\(name)» no está a la venta (en-pos no). Para venderlo: editar producto \(sku) en-pos sí."
  }
}
