/// Help text and `Docs/comandos.md`, both generated from the registry.
public enum Help {
  /// `line` broken at spaces to fit `width`; the following lines start at
  /// `indent` (at most half the width, so there is room for the text).
  static func fit(_ line: String, _ width: Int, indent: Int) -> [String] {
    Wrap.lines(line, width: width, indent: min(indent, width / 2))
  }

  public static func overview(_ registry: Registry, width screen: Int = 80) -> [String] {
    var lines = ["Comandos de tienda (escriba «ayuda <comando>» para ver ejemplos):"]
    for group in CommandGroup.allCases {
      let specs = registry.commands(in: group)
      if specs.isEmpty { continue }
      lines.append("")
      lines.append(group.rawValue)
      let width = specs.map { TextFormat.displayWidth($0.name) }.max() ?? 0
      for spec in specs {
        lines += fit(
          "  " + TextFormat.padded(spec.name, to: width, right: false) + "  " + spec.summary,
          screen, indent: width + 4)
      }
    }
    lines.append("")
    lines += fit(
      "Las palabras clave no distinguen mayúsculas ni tildes: «categoria» = «categoría».",
      screen, indent: 0)
    return lines
  }

  /// `ayuda informe`: the commands that start with those words, each with
  /// its summary.
  static func family(_ specs: [CommandSpec], width screen: Int = 80) -> [String] {
    let width = specs.map { TextFormat.displayWidth($0.name) }.max() ?? 0
    var lines = [HelpWording.family]
    for spec in specs {
      lines += fit(
        "  " + TextFormat.padded(spec.name, to: width, right: false) + "  " + spec.summary,
        screen, indent: width + 4)
    }
    return lines
  }

  public static func detail(_ spec: CommandSpec, width screen: Int = 80) -> [String] {
    var lines = fit(spec.usage, screen, indent: 2) + [""] + fit(spec.summary, screen, indent: 0)
    if let details = spec.details {
      lines.append("")
      for paragraph in paragraphs(details) { lines += fit(paragraph, screen, indent: 0) }
    }
    if !spec.params.isEmpty {
      lines += ["", "Parámetros:"]
      let width = spec.params.map { TextFormat.displayWidth(paramLabel($0)) }.max() ?? 0
      // The help column starts after the widest label; when that leaves
      // too little room, each help goes under its label instead.
      let beside = width + 4 <= screen / 2
      for p in spec.params {
        if beside {
          lines += fit(
            "  " + TextFormat.padded(paramLabel(p), to: width, right: false) + "  " + p.help,
            screen, indent: width + 4)
        } else {
          lines += fit("  " + paramLabel(p), screen, indent: 4)
          lines += fit("      " + p.help, screen, indent: 6)
        }
      }
    }
    if spec.listing {
      lines.append("")
      lines += fit(
        "Salida: «como tabla», «como csv» o «como json»; «> archivo» la guarda en un archivo.",
        screen, indent: 0)
    }
    lines += ["", RightsMessages.accessLine(spec.access)]
    if !spec.aliases.isEmpty {
      lines.append("")
      lines += fit(
        "También: "
          + spec.aliases.map { "«" + $0.joined(separator: " ") + "»" }.joined(separator: ", "),
        screen, indent: 2)
    }
    if !spec.examples.isEmpty {
      lines += ["", "Ejemplos:"]
      for example in spec.examples { lines += fit("  " + example, screen, indent: 4) }
    }
    return lines
  }

  /// The registry's details are written with line breaks at the source's
  /// width: a paragraph (lines up to a blank one) is one line to wrap at
  /// the screen's width. A line that starts with a space or a dash keeps
  /// its own line (an example, a list item). Blank lines stay.
  static func paragraphs(_ details: String) -> [String] {
    var out: [String] = []
    var current: String? = nil
    for raw in details.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
        if let c = current { out.append(c) }
        current = nil
        out.append("")
      } else if line.hasPrefix(" ") || line.hasPrefix("-") || line.hasPrefix("•") {
        if let c = current { out.append(c) }
        current = line
      } else if let c = current, !c.hasPrefix(" ") {
        current = c + " " + line
      } else if let c = current {
        out.append(c)
        current = line
      } else {
        current = line
      }
    }
    if let c = current { out.append(c) }
    return out
  }

  static func paramLabel(_ p: ParamSpec) -> String {
    p.keyword.map { $0 + " " + p.placeholder } ?? p.placeholder
  }

  /// The whole `Docs/comandos.md`.
  public static func markdown(_ registry: Registry) -> String {
    var out = "# Comandos de tienda\n\n"
    out +=
      "<!-- Generado desde el registro de comandos con `tienda --generar-documentacion`; no editar a mano. -->\n\n"
    out +=
      "Las palabras clave no distinguen mayúsculas ni tildes. Los nombres con espacios pueden ir entre comillas.\n"
      + "\nLos parámetros con palabra clave van en cualquier orden. Una palabra clave del comando termina el valor anterior "
      + "(un nombre, una lista, una cantidad y su unidad): «stock 500 unidad kg» es stock 500 y unidad kg. "
      + "Para usar una palabra clave dentro de un nombre, escríbalo entre comillas.\n"
    for group in CommandGroup.allCases {
      let specs = registry.commands(in: group)
      if specs.isEmpty { continue }
      out += "\n## \(group.rawValue)\n"
      for spec in specs {
        out += "\n### \(spec.name)\n\n"
        out += "```\n\(spec.usage)\n```\n\n\(spec.summary)\n"
        if let details = spec.details { out += "\n\(details)\n" }
        if !spec.params.isEmpty {
          out += "\n| Parámetro | Descripción |\n|---|---|\n"
          for p in spec.params {
            let opt = p.required ? "" : " (opcional)"
            out += "| `\(paramLabel(p))` | \(p.help)\(opt) |\n"
          }
        }
        if spec.listing {
          out +=
            "\nSalida: `como tabla`, `como csv`, `como json`; `> archivo` la guarda en un archivo.\n"
        }
        out += "\n" + RightsMessages.accessLine(spec.access) + "\n"
        if !spec.aliases.isEmpty {
          out +=
            "\nTambién: "
            + spec.aliases.map { "`" + $0.joined(separator: " ") + "`" }.joined(separator: ", ")
            + "\n"
        }
        if !spec.examples.isEmpty {
          out += "\nEjemplos:\n\n```\n" + spec.examples.joined(separator: "\n") + "\n```\n"
        }
      }
    }
    return out
  }
}
