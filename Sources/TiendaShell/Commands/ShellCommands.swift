import TiendaCore

/// `ayuda`, `salir`.
enum ShellCommands {
  static let all: [CommandSpec] = [help, quit]

  static let help = CommandSpec(
    "ayuda", aliases: ["?"], group: .shell,
    summary: "Lista los comandos, o muestra la forma y ejemplos de uno.",
    params: [
      .positional(
        "comando", .name, required: false, placeholder: "<comando>",
        help: "El comando del que quiere ayuda.", completion: .commands)
    ],
    examples: ["ayuda", "ayuda crear categoría"], access: .anyone
  ) { call in
    let registry = call.context.registry
    guard let topic = call.text("comando") else {
      return .lines(Help.overview(registry, width: call.context.renderer.width))
    }
    do {
      let tokens = try Lexer.tokenize(topic)
      let (spec, _) = try Parser(registry: registry).matchCommand(tokens)
      return .lines(Help.detail(spec, width: call.context.renderer.width))
    } catch var error as ShellError {
      // The topic was lexed on its own: move the caret to where it was typed.
      if let column = error.column, let span = call.spans["comando"] {
        error.column = column + span.column - 1
      }
      throw error
    }
  }

  static let quit = CommandSpec(
    "salir", aliases: ["exit", "quit"], group: .shell,
    summary: "Sale de tienda (también Ctrl-D en una línea vacía).",
    examples: ["salir"], access: .anyone
  ) { _ in .exit }
}
