import TiendaCore

/// How `listar eventos` looks. Headers in `HooksHeadings`.
enum HooksTables {
  typealias H = HooksHeadings

  static func hooks(_ hooks: [EventHook]) -> Table {
    Table(
      columns: [
        Column(H.number, key: "numero", alignRight: true, priority: .high),
        Column(H.event, key: "evento", priority: .high),
        Column(H.script, key: "archivo", priority: .high),
        Column(H.arguments, key: "argumentos"),
        Column(H.limit, key: "limite_segundos", alignRight: true, priority: .low),
        Column(H.practice, key: "en_practica", priority: .low),
      ],
      rows: hooks.map {
        [
          .int(Int64($0.number)), .text(Messages.hookEventName($0.event)), .text($0.script),
          .text($0.arguments.joined(separator: " ")), .int(Int64($0.limit)),
          .bool($0.inPractice),
        ]
      }, emptyMessage: Messages.noHooks)
  }
}
