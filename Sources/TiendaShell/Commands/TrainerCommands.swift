import TiendaCore

/// For trainers: `pausa`, `modo práctica`, `salir de práctica`
/// (`Run/Presentation.swift`, `Run/Practice.swift`).
enum TrainerCommands {
  static let all: [CommandSpec] = [pause, practice, leavePractice]

  static let notice = Param<String>.positional(
    "texto", .name, placeholder: "\"texto\"", help: "Lo que dice el aviso.")

  static let pause = CommandSpec(
    "pausa", group: .shell,
    summary: "Muestra un aviso y, en una terminal, espera Enter antes de seguir.",
    details:
      "Para guiar una capacitación paso a paso. Sin terminal (una tubería, cron) sólo muestra el aviso. Si se responde «salir» en vez de Enter, el script termina ahí.",
    params: [notice.spec],
    examples: ["pausa \"Ahora cobramos con débito\"", "pausa"], access: .loggedIn
  ) { call in
    call.context.pause(call[notice])
  }

  static let practice = CommandSpec(
    "modo práctica", aliases: ["modo practica"], group: .shell,
    summary: "Pasa a una copia de la tienda donde todo funciona y nada queda.",
    details:
      "La copia se hace con la API de respaldo en línea de SQLite en una carpeta temporal privada. Se puede vender, cerrar caja e imprimir (los papeles dicen PRÁCTICA); el prompt lo muestra. «salir de práctica» descarta la copia; salir de tienda también.",
    examples: ["modo práctica"], access: .loggedIn
  ) { call in
    try call.context.enterPractice()
  }

  static let leavePractice = CommandSpec(
    "salir de práctica", aliases: ["salir de practica"], group: .shell,
    summary: "Descarta la copia de práctica y vuelve a la tienda real, intacta.",
    examples: ["salir de práctica"], access: .loggedIn
  ) { call in
    try call.context.leavePractice()
  }
}
