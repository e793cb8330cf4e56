import TiendaCore

/// `ayuda`, `salir`.
enum ShellCommands {
  static let all: [CommandSpec] = [help, quit]

  static let topic = Param<String>.positional(
    "comando", .name, placeholder: "<comando>", help: "El comando del que quiere ayuda.",
    completion: .commands)

  static let help = CommandSpec(
    "ayuda", aliases: ["?"], group: .shell,
    summary: "Lista los comandos, o muestra la forma y ejemplos de uno.",
    params: [topic.spec],
    examples: ["ayuda", "ayuda crear categoría"], access: .anyone
  ) { call in
    let registry = call.context.registry
    guard let name = call[topic] else {
      return .lines(Help.overview(registry, width: call.context.renderer.width))
    }
    do {
      let tokens = try Lexer.tokenize(name)
      // The first words of several commands (`ayuda informe`): each of them.
      let typed = tokens.map(\.folded)
      let family = registry.commands.filter {
        $0.words.count > typed.count && Array($0.words.prefix(typed.count).map(fold)) == typed
      }
      if !family.isEmpty && !registry.commands.contains(where: { $0.words.map(fold) == typed }) {
        return .lines(Help.family(family, width: call.context.renderer.width))
      }
      let (spec, _) = try Parser(registry: registry).matchCommand(tokens)
      return .lines(Help.detail(spec, width: call.context.renderer.width))
    } catch var error as ShellError {
      // The topic was lexed on its own: move the caret to where it was typed.
      if let column = error.column, let span = call.spans[ShellCommands.topic.spec.key] {
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
