import TiendaShell

/// `tienda.1` (`tienda --generar-man`, committed as `Docs/tienda.1`): the
/// flags from `Flag.all` and every command of the registry, grouped as
/// `ayuda` shows them. Plain man(7) macros; everything outside ASCII is
/// written as `\[uXXXX]` (the ellipsis as three dots), so any roff (groff,
/// mandoc) reads it the same whatever the locale, ASCII terminals included.
enum ManPage {
  static func render(_ registry: Registry) -> String {
    var out: [String] = [
      #".\" Generado con «tienda --generar-man» desde las opciones y el registro de comandos; no editar a mano."#,
      ".TH TIENDA 1 \"\" \"tienda \(Options.version)\" \"Manual de tienda\"",
      // Ragged right and no hyphenation: command usages are long and must
      // stay copyable.
      ".ad l",
      ".nh",
      ".SH NOMBRE",
      "tienda \\- " + escape(Flag.summary),
      ".SH SINOPSIS",
    ]
    for (i, usage) in Flag.usages.enumerated() {
      if i > 0 { out.append(".br") }
      out.append(code(usage.form))
    }
    out += [
      ".SH DESCRIPCI\\[u00D3]N",
      escape(
        "tienda es un punto de venta para tiendas pequeñas que se usa escribiendo comandos "
          + "en español: un shell con historial y completado con Tab, y un intérprete de "
          + "archivos de comandos. Cada tienda es un solo archivo SQLite."),
      ".PP",
    ]
    for usage in Flag.usages {
      out += [".TP", code(usage.form), escape(usage.help) + "."]
    }
    out.append(".SH OPCIONES")
    for flag in Flag.visible {
      let names = flag.names.map(code).joined(separator: ", ")
      let tag = names + (flag.placeholder.map { " \\fI" + escape($0) + "\\fR" } ?? "")
      out += [".TP", tag, escape(capitalized(flag.help)) + "."]
    }
    out += [
      ".SH COMANDOS",
      escape(
        "Dentro del shell, en -c y en los archivos de comandos. Las palabras clave no "
          + "distinguen mayúsculas ni tildes: «categoria» = «categoría». «ayuda <comando>» "
          + "muestra los parámetros y ejemplos de cada uno."),
    ]
    for group in CommandGroup.allCases {
      let specs = registry.commands(in: group)
      if specs.isEmpty { continue }
      out.append(".SS \"" + escape(group.rawValue) + "\"")
      for spec in specs {
        let rest = String(spec.usage.dropFirst(spec.name.count))
        // `\:` after each «|»: a long list of choices may break there
        // (`[por día|semana|…|sucursal]` is wider than the page).
        let breakable = escape(rest).split(separator: "|", omittingEmptySubsequences: false)
          .joined(separator: "|\\:")
        out += [".TP", "\\fB" + escape(spec.name) + "\\fR" + breakable, escape(spec.summary)]
      }
    }
    out.append(".SH ENTORNO")
    for variable in Flag.environment {
      out += [".TP", ".B " + escape(variable.name), escape(capitalized(variable.help)) + "."]
    }
    out += [
      ".SH ARCHIVOS",
      ".TP",
      code("~/.local/share/tienda/tienda.db"),
      escape("La tienda por omisión (o $XDG_DATA_HOME/tienda/tienda.db)."),
      ".TP",
      code("~/.local/state/tienda/"),
      escape(
        "El historial de comandos, uno por archivo de tienda (o $XDG_STATE_HOME/tienda/)."),
      ".SH ESTADO DE SALIDA",
      escape("0 bien, 1 falló un comando, 2 error de uso (opciones o argumentos)."),
      ".SH V\\[u00C9]ASE TAMBI\\[u00C9]N",
      escape(
        "«ayuda <comando>» dentro del shell; Docs/comandos.md en el código fuente de tienda, "
          + "con los parámetros y ejemplos de cada comando."),
    ]
    return out.joined(separator: "\n") + "\n"
  }

  /// Text for a roff text line: backslashes and hyphens escaped, a leading
  /// dot or quote guarded, and anything outside ASCII as `\[uXXXX]`.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      // No glyph for it in an ASCII terminal (groff warns): three dots.
      case "\u{2026}": out += "..."
      case _ where scalar.value >= 0x80:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      default: out.unicodeScalars.append(scalar)
      }
    }
    if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
    return out
  }

  /// In bold, as typed.
  static func code(_ text: String) -> String { "\\fB" + escape(text) + "\\fR" }

  static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
