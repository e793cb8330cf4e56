import TiendaCore

/// Label-printing scales: the layouts of their codes (issue 21).
enum ScaleCommands {
  static let all: [CommandSpec] = [configure, list, remove]

  static let prefix = RequiredParam<String>.option(
    "prefijo", .text, placeholder: "<dígitos>",
    help:
      "Con qué empiezan los códigos de esa balanza: 02, 04 o 20 a 29 (uso interno GS1; 2 solo abarca del 20 al 29)."
  )
  static let pattern = RequiredParam<String>.option(
    "formato", .text, placeholder: "PPPPPVVVVV",
    help:
      "Los 12 dígitos antes del verificador: P el PLU, V el valor, D el verificador del precio, X se ignora (con o sin el prefijo)."
  )
  static let byWeight = FlagParam("peso", help: "El valor es el peso, en kilos (lo habitual).")
  static let byPrice = FlagParam("precio", help: "El valor es el precio de la etiqueta.")
  static let decimals = Param<Int64>.option(
    "decimales", placeholder: "<n>",
    help: "Decimales del valor: 3 para el peso (gramos), 0 para el precio en pesos.")
  static let removedPrefix = RequiredParam<String>.positional(
    "prefijo", .text, placeholder: "<prefijo>", help: "El prefijo que muestra «listar balanzas».")

  static let configure = CommandSpec(
    "configurar balanza", group: .catalog,
    summary: "Configura cómo leer los códigos de una balanza etiquetadora (PLU y peso o precio).",
    details:
      "Un código de 13 dígitos que ningún producto tiene como código de barras y que empieza con el prefijo se lee como código de balanza: se revisa su verificador (y el del precio, si el formato tiene D), el PLU nombra el producto (crear producto … plu 01234) y el valor da el peso, como si se hubiera escrito, o el importe exacto de la línea. Pueden convivir varios prefijos.",
    params: [prefix.spec, pattern.spec, byWeight.spec, byPrice.spec, decimals.spec],
    examples: [
      "configurar balanza prefijo 20 formato PPPPPVVVVV peso",
      "configurar balanza prefijo 21 formato PPPPPVVVVV precio",
      "configurar balanza prefijo 22 formato PPPPDVVVVV precio",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    if call[byWeight] && call[byPrice] { throw ShellError(Messages.scaleValueBoth) }
    let layout = try ScaleLayout(
      prefix: try call[prefix], pattern: try call[pattern],
      value: call[byPrice] ? .price : .weight, decimals: call[decimals].map { Int($0) })
    let (saved, replaced) = try call.shop.scales.configure(layout)
    return .message(Messages.scaleSaved(saved, replaced: replaced))
  }

  static let list = CommandSpec(
    "listar balanzas", group: .catalog,
    summary: "Lista las balanzas configuradas: prefijo, formato y si traen peso o precio.",
    examples: ["listar balanzas"], listing: true, right: .editCatalog
  ) { call in .table(ScalesTables.scales(call.shop.scales.list())) }

  static let remove = CommandSpec(
    "borrar balanza", group: .catalog,
    summary: "Quita una balanza: sus códigos dejan de leerse como códigos de balanza.",
    params: [removedPrefix.spec], examples: ["borrar balanza 20"], mutates: true,
    right: .editCatalog
  ) { call in
    .message(Messages.scaleRemoved(try call.shop.scales.remove(prefix: try call[removedPrefix])))
  }
}
