import TiendaCore
import TiendaShell

/// Command-line flags (DESIGN.md §5.4, "Command line").
struct Options {
  var databasePath: String?
  var register: String?
  var user: String?
  var commands: [String] = []
  var keepGoing = false
  /// `--atómico` or `--simular`.
  var mode = RunMode.normal
  var echo = false
  /// `--pausa`: wait for Enter before each command (implies `--eco`).
  var pause = false
  /// `--demo`: a shop seeded with the built-in feria catalog.
  var demo = false
  var json = false
  var showHelp = false
  var showVersion = false
  var generateDocs = false
  var script: String?
  var scriptArguments: [String] = []

  static let version = "0.1.0"

  static let knownFlags = [
    "--db", "--caja", "--usuario", "-c", "--seguir", "--eco", "--json", "--help", "--version",
    "--simular", "--atómico", "--pausa", "--demo",
  ]

  struct UsageError: Error {
    let message: String
  }

  static func parse(_ arguments: [String]) throws -> Options {
    var options = Options()
    var i = 0
    func value(_ flag: String) throws -> String {
      i += 1
      // `--caja -c …`: the next word is a flag, so the value is missing.
      guard i < arguments.count, !knownFlags.contains(arguments[i]) else {
        throw UsageError(message: Messages.missingFlagValue(flag))
      }
      return arguments[i]
    }
    while i < arguments.count {
      var argument = arguments[i]
      var inline: String?
      if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
        inline = String(argument[argument.index(after: eq)...])
        argument = String(argument[..<eq])
      }
      func take(_ flag: String) throws -> String {
        if let inline { return inline }
        return try value(flag)
      }
      switch argument {
      case "--db": options.databasePath = try take(argument)
      case "--caja":
        let name = try take(argument)
        guard !name.trimmingCharacters(in: " \t").isEmpty else {
          throw UsageError(message: Messages.emptyRegisterFlag)
        }
        options.register = name
      case "--usuario": options.user = try take(argument)
      case "-c": options.commands.append(try value(argument))
      case "--seguir": options.keepGoing = true
      case "--simular": options.mode = .simulate
      case "--atómico", "--atomico": options.mode = .atomic
      case "--eco": options.echo = true
      case "--pausa": options.pause = true
      case "--demo": options.demo = true
      case "--json": options.json = true
      case "-h", "--help", "--ayuda": options.showHelp = true
      case "-V", "--version", "--versión": options.showVersion = true
      case "--generar-documentacion": options.generateDocs = true
      case "--":
        if i + 1 < arguments.count {
          options.script = arguments[i + 1]
          options.scriptArguments = Array(arguments[(i + 2)...])
        }
        return options
      default:
        if argument.hasPrefix("-") && argument != "-" {
          let suggestion = closestMatch(to: argument, among: knownFlags)
          throw UsageError(message: Messages.unknownFlag(argument, suggestion: suggestion))
        }
        options.script = argument
        options.scriptArguments = Array(arguments[(i + 1)...])
        return options
      }
      i += 1
    }
    return options
  }

  static let helpText = """
    tienda \(version): punto de venta y shell para tiendas pequeñas, en una terminal.

    Uso:
      tienda                       abre el shell interactivo
      tienda -c 'comando' [-c …]   ejecuta uno o más comandos y termina
      tienda archivo.tienda [args] ejecuta los comandos de un archivo
      comando | tienda             lee comandos de la entrada estándar

    Opciones:
      --db ARCHIVO     archivo de la tienda (también TIENDA_DB); por omisión
                       $XDG_DATA_HOME/tienda/tienda.db o ~/.local/share/tienda/tienda.db
      --caja NOMBRE    caja de esta terminal (también TIENDA_CAJA)
      --usuario NOMBRE entra como ese usuario; el PIN se pide en la terminal
                       o se toma de TIENDA_PIN, o de TIENDA_PIN_ARCHIVO (un
                       archivo con permisos 0600; scripts y cron)
      -c COMANDO       ejecuta COMANDO (se puede repetir)
      --seguir         no se detiene en el primer error; informa todos al final
      --simular        ejecuta todo y lo deshace: muestra qué habría cambiado
      --atómico        todo o nada: guarda sólo si todos los comandos anduvieron
      --eco            muestra cada comando tras el prompt, como si se escribiera
      --pausa          como --eco, y espera Enter antes de cada comando
      --demo           abre una tienda de demostración que se borra al salir;
                       con --db ARCHIVO nuevo, la deja sembrada en ese archivo
      --json           salida en JSON para los listados
      --help           muestra esta ayuda
      --version        muestra la versión

    Dentro del shell, «ayuda» lista los comandos y «ayuda <comando>» muestra ejemplos.
    Códigos de salida: 0 bien, 1 falló un comando, 2 error de uso.
    """
}
