import TiendaCore

/// `respaldar`, `restaurar`: copies of the shop file and going back to one.
enum BackupCommands {
  static let all: [CommandSpec] = [backup, restore]

  static let target = Param<String>.positional(
    "archivo", .text, placeholder: "<archivo>", help: "Dónde guardar la copia; no debe existir.")
  static let source = RequiredParam<String>.positional(
    "archivo", .text, placeholder: "<archivo>", help: "El respaldo que se restaura.")

  static let backup = CommandSpec(
    "respaldar", group: .audit,
    summary: "Guarda una copia verificada de la tienda, aunque esté en uso.",
    details:
      "Sin archivo, la copia queda junto al archivo de la tienda con la fecha y la hora en el nombre (tienda-respaldo-2026-11-23-2130.db). Nunca sobrescribe un archivo. La copia es un solo archivo, con permisos 0600, y se revisa su integridad antes de darla por buena.",
    params: [target.spec],
    examples: ["respaldar", "respaldar /media/usb/tienda-$fecha.db"],
    right: .manageUsers
  ) { call in
    if call.context.scripts.mode == .simulate {
      return .message(Messages.simulatedBackup(call[target]))
    }
    let path = try call.shop.backups.backup(to: call[target])
    return .message(Messages.backupDone(path))
  }

  static let restore = CommandSpec(
    "restaurar", group: .audit,
    summary: "Reemplaza toda la tienda con un respaldo (guarda antes una copia de la actual).",
    details:
      "En una terminal pide confirmación. Se rechaza mientras otro programa tenga abierta la tienda (otra caja, otra ventana). Antes de reemplazarla, la tienda actual se copia junto a su archivo (tienda-antes-de-restaurar-….db). Un respaldo de una versión anterior se actualiza al abrirlo.",
    params: [source.spec],
    examples: ["restaurar tienda-respaldo-2026-11-23-2130.db"],
    mutates: true,
    right: .manageUsers
  ) { call in
    let path = try call[source]
    let context = call.context
    if let ask = context.askLine {
      context.askedDuringCommand = true
      let answer = ask(Messages.confirmRestore(path, shop: call.shop.backups.filePath)) ?? ""
      guard ["si", "s"].contains(fold(answer.trimmingCharacters(in: " \t"))) else {
        return .message(Messages.restoreCancelled)
      }
    }
    let copy = try call.shop.backups.restore(from: path)
    return .message(Messages.restoreDone(path, previous: copy))
  }
}
