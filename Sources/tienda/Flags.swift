import TiendaShell

/// One flag of the program, declared once: its spellings, its value, its
/// Spanish help and what it sets in `Options`. Parsing, `--help`, the
/// «¿Quiso decir …?» suggestion, the man page (`tienda.1`) and the bash
/// completion all read `Flag.all`. As in swift-argument-parser, the
/// declaration carries the type: `.option` writes a `String?` field,
/// `.toggle` a `Bool`, `.choice` any value, and the compiler checks it.
struct Flag {
  /// What a flag's value names, for the bash completion.
  enum Value {
    /// A file (`--db`): the shell completes file names.
    case file
    /// Free text (a name, a command): nothing to complete.
    case text
  }

  /// The first is the one shown; the others are accepted too (a short
  /// form, the spelling without accents, the English one).
  let names: [String]
  /// `ARCHIVO`, `NOMBRE`: the flag takes a value. Nil for a switch.
  let placeholder: String?
  let value: Value
  /// One paragraph in Spanish, without line breaks (wrapped where shown).
  let help: String
  /// Kept out of `--help`, the man page, the completion and the suggestion
  /// (`--generar-man` and the other generators).
  let hidden: Bool
  /// Sets the flag's field; `value` is "" for a switch.
  let apply: (inout Options, String) throws -> Void

  var name: String { names[0] }

  /// A flag with a value written into an optional text field: `--db ARCHIVO`
  /// or `--db=ARCHIVO`. `check` refuses a bad value with a usage error.
  static func option(
    _ names: String..., into field: WritableKeyPath<Options, String?>, placeholder: String,
    value: Value = .text, help: String, check: ((String) throws -> Void)? = nil
  ) -> Flag {
    Flag(
      names: names, placeholder: placeholder, value: value, help: help, hidden: false
    ) { options, text in
      try check?(text)
      options[keyPath: field] = text
    }
  }

  /// A flag that may be repeated, each value appended: `-c COMANDO`.
  static func repeated(
    _ names: String..., into field: WritableKeyPath<Options, [String]>, placeholder: String,
    value: Value = .text, help: String
  ) -> Flag {
    Flag(names: names, placeholder: placeholder, value: value, help: help, hidden: false) {
      options, text in options[keyPath: field].append(text)
    }
  }

  /// A switch that turns a field on: `--seguir`.
  static func toggle(
    _ names: String..., sets field: WritableKeyPath<Options, Bool>, help: String,
    hidden: Bool = false
  ) -> Flag {
    Flag(names: names, placeholder: nil, value: .text, help: help, hidden: hidden) {
      options, _ in options[keyPath: field] = true
    }
  }

  /// A switch that sets a field to one value: `--simular` (the last one given wins).
  static func choice<Field>(
    _ names: String..., sets field: WritableKeyPath<Options, Field>, to choice: Field,
    help: String
  ) -> Flag {
    Flag(names: names, placeholder: nil, value: .text, help: help, hidden: false) {
      options, _ in options[keyPath: field] = choice
    }
  }

  /// `--usuario`: main.swift journals the log-in as this flag.
  static var user: Flag {
    option(
      "--usuario", into: \.user, placeholder: "NOMBRE",
      help:
        "entra como ese usuario; el PIN se pide en la terminal o se toma de TIENDA_PIN, o de TIENDA_PIN_ARCHIVO (un archivo con permisos 0600; scripts y cron)"
    )
  }

  /// Every flag, in the order `--help` and the man page show them.
  static var all: [Flag] {
    [
      option(
        "--db", into: \.databasePath, placeholder: "ARCHIVO", value: .file,
        help:
          "archivo de la tienda (también TIENDA_DB); por omisión $XDG_DATA_HOME/tienda/tienda.db o ~/.local/share/tienda/tienda.db"
      ),
      option(
        "--caja", into: \.register, placeholder: "NOMBRE",
        help: "caja de esta terminal (también TIENDA_CAJA)",
        check: { name in
          guard !name.trimmingCharacters(in: " \t").isEmpty else {
            throw Options.UsageError(message: Messages.emptyRegisterFlag)
          }
        }),
      user,
      repeated(
        "-c", into: \.commands, placeholder: "COMANDO",
        help: "ejecuta COMANDO (se puede repetir)"),
      toggle(
        "--seguir", sets: \.keepGoing,
        help: "no se detiene en el primer error; informa todos al final"),
      choice(
        "--simular", sets: \.mode, to: .simulate,
        help: "ejecuta todo y lo deshace: muestra qué habría cambiado"),
      choice(
        "--atómico", "--atomico", sets: \.mode, to: .atomic,
        help: "todo o nada: guarda sólo si todos los comandos anduvieron"),
      toggle(
        "--eco", sets: \.echo,
        help: "muestra cada comando tras el prompt, como si se escribiera"),
      toggle("--pausa", sets: \.pause, help: "como --eco, y espera Enter antes de cada comando"),
      toggle(
        "--demo", sets: \.demo,
        help:
          "abre una tienda de demostración que se borra al salir; con --db ARCHIVO nuevo, la deja sembrada en ese archivo"
      ),
      toggle("--json", sets: \.json, help: "salida en JSON para los listados"),
      toggle("--help", "-h", "--ayuda", sets: \.showHelp, help: "muestra esta ayuda"),
      toggle("--version", "-V", "--versión", sets: \.showVersion, help: "muestra la versión"),
      toggle(
        "--generar-documentacion", sets: \.generateDocs,
        help: "escribe Docs/comandos.md", hidden: true),
      toggle(
        "--generar-man", sets: \.generateManPage, help: "escribe la página de manual tienda.1",
        hidden: true),
      toggle(
        "--generar-completado-bash", sets: \.generateBashCompletion,
        help: "escribe el completado de bash", hidden: true),
    ]
  }

  /// The ways to run tienda, for `--help` and the man page's synopsis.
  static let usages: [(form: String, help: String)] = [
    ("tienda", "abre el shell interactivo"),
    ("tienda -c 'comando' [-c …]", "ejecuta uno o más comandos y termina"),
    ("tienda archivo.tienda [args]", "ejecuta los comandos de un archivo"),
    ("comando | tienda", "lee comandos de la entrada estándar"),
  ]

  static let summary = "punto de venta y shell para tiendas pequeñas, en una terminal"
  static let shellHint =
    "Dentro del shell, «ayuda» lista los comandos y «ayuda <comando>» muestra ejemplos."
  static let exitCodes = "Códigos de salida: 0 bien, 1 falló un comando, 2 error de uso."

  /// Environment variables a person may set, for the man page.
  static var environment: [(name: String, help: String)] {
    [
      ("TIENDA_DB", "archivo de la tienda, como --db"),
      ("TIENDA_CAJA", "caja de esta terminal, como --caja"),
      ("TIENDA_PIN", "PIN para --usuario y «\(Registry.logIn.name)» en scripts"),
      ("TIENDA_PIN_ARCHIVO", "archivo con el PIN (permisos 0600), si TIENDA_PIN no está definida"),
      (
        "TIENDA_ESPERA_IMPRESION",
        "milisegundos que se espera a la impresora al terminar (por omisión 4000)"
      ),
      ("XDG_DATA_HOME", "carpeta de la tienda por omisión (XDG_DATA_HOME/tienda/tienda.db)"),
      ("XDG_STATE_HOME", "carpeta del historial de comandos (XDG_STATE_HOME/tienda/)"),
    ]
  }

  /// The flags a person sees (not the generators).
  static var visible: [Flag] { all.filter { !$0.hidden } }

  /// `--db ARCHIVO`, `--seguir`.
  var label: String { placeholder.map { name + " " + $0 } ?? name }
}
