import TiendaCore

/// `ejecutar`, `definir`, `parámetro`: running scripts and their variables
/// (DESIGN.md §5.1; `Run/Scripts.swift`, `Run/Variables.swift`).
enum ScriptCommands {
  static let all: [CommandSpec] = [run, define, parameter, simulate]

  static let file = RequiredParam<String>.positional(
    "archivo", .text, placeholder: "<archivo>", help: "El archivo de comandos (.tienda).")
  static let scriptArguments = Param<[Token]>.positional(
    "argumentos", placeholder: "<argumentos…>",
    help: "Valores para ${1}, ${2}… y para «parámetro».")
  static let variable = RequiredParam<String>.positional(
    "nombre", .text, placeholder: "<nombre>", help: "Nombre de la variable.")
  static let value = RequiredParam<String>.positional(
    "valor", .name, placeholder: "<valor>", help: "Lo que vale; entre comillas si tiene espacios.")
  static let fallback = Param<String>.positional(
    "omision", .text, placeholder: "<valor>",
    help: "El valor si el script se ejecuta sin ese argumento.")
  static let command = RequiredParam<[Token]>.positional(
    "comando", placeholder: "<comando>", help: "El comando que se simula.",
    completion: .commands)

  static let run = CommandSpec(
    "ejecutar", group: .shell,
    summary: "Ejecuta los comandos de un archivo, con argumentos si se dan.",
    details:
      "El archivo corre sobre la misma tienda, con sus propios argumentos (${1}…${9}, ${*}) y variables. Se detiene en el primer error salvo con --seguir. Dentro de un script, una ruta relativa se busca en la carpeta de ese script. Un script no puede ejecutarse a sí mismo.",
    params: [file.spec, scriptArguments.spec],
    examples: ["ejecutar alta-productos.tienda", "ejecutar cierre-diario.tienda 154300"],
    access: .loggedIn
  ) { call in
    let path = call.context.scriptPath(try call[file])
    return try call.context.runNestedScript(
      path, arguments: (call[scriptArguments] ?? []).map(\.text))
  }

  static let define = CommandSpec(
    "definir", group: .shell,
    summary: "Guarda un valor en una variable, para usarlo después como $nombre.",
    details:
      "El nombre empieza con una letra. La variable vale para el script que la define (o para la sesión, en la consola). Variables de siempre: $hoy (23-11-2026), $ayer, $fecha (2026-11-23), $hora (14-05), $caja, $tienda y $z (el número del último informe Z de la caja). $$ escribe un $.",
    params: [variable.spec, value.spec],
    examples: [
      "definir minimo 10", "definir archivo productos-$fecha.csv",
      "definir saludo \"Buenos días\"",
    ], access: .loggedIn
  ) { call in
    try call.context.define(try call[variable], try call[value])
    return .none
  }

  static let parameter = CommandSpec(
    "parámetro", aliases: ["parametro"], group: .shell,
    summary: "Toma el siguiente argumento del script como $nombre, o el valor por omisión.",
    details:
      "Cada «parámetro» toma un argumento, en orden: el primero toma ${1}, el segundo ${2}… Sin argumento y sin valor por omisión, el script se detiene nombrando el parámetro que falta (código de salida 2).",
    params: [variable.spec, fallback.spec],
    examples: ["parámetro contado", "parámetro fondo 20000"], access: .loggedIn
  ) { call in
    try call.context.bindParameter(try call[variable], default: call[fallback])
    return .none
  }

  static let simulate = CommandSpec(
    "simular", group: .shell,
    summary: "Ejecuta un comando sin guardar nada y muestra lo que habría cambiado.",
    details:
      "El comando corre de verdad dentro de una transacción que después se deshace: se ven su salida y las filas, el stock y la bitácora que habría cambiado. No escribe archivos. Sirve también con «ejecutar» para probar un script entero.",
    params: [command.spec],
    examples: ["simular ajustar stock EMP01 -3", "simular ejecutar cierre-diario.tienda 154300"],
    access: .loggedIn
  ) { call in
    let tokens = try call[command]
    guard !tokens.isEmpty else {
      throw ShellError(
        Messages.missingArgument("<comando>", command: "simular"),
        column: (call.tokens.first?.endColumn ?? 1) + 1)
    }
    return try call.context.simulate(tokens)
  }
}
