import TiendaCore

/// For trainers: `pausa`, `modo práctica`, `salir de práctica`
/// (`Run/Presentation.swift`, `Run/Practice.swift`).
enum TrainerCommands {
  static let all: [CommandSpec] = [pause]

  static let pause = CommandSpec(
    "pausa", group: .shell,
    summary: "Muestra un aviso y, en una terminal, espera Enter antes de seguir.",
    details:
      "Para guiar una capacitación paso a paso. Sin terminal (una tubería, cron) sólo muestra el aviso. Si se responde «salir» en vez de Enter, el script termina ahí.",
    params: [
      .positional(
        "texto", .name, required: false, placeholder: "\"texto\"",
        help: "Lo que dice el aviso.")
    ],
    examples: ["pausa \"Ahora cobramos con débito\"", "pausa"]
  ) { call in
    call.context.pause(call.text("texto"))
  }
}
