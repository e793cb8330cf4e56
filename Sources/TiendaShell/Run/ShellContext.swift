import TiendaCore

/// State the shell keeps between commands: the shop, output choices, and
/// whether the user asked to leave.
public final class ShellContext {
  public let shop: Shop
  public let registry: Registry
  /// Output format when a command does not say `como …` (`--json`).
  public var defaultFormat: OutputFormat?
  /// True when a person types at a terminal.
  public var interactive: Bool
  public var exitRequested = false
  /// Files `> archivo` must never overwrite: the shop file, its WAL and
  /// shared-memory files, the history file.
  public var protectedPaths: [String] = []
  public var writeOut: (String) -> Void
  public var writeErr: (String) -> Void

  public init(
    shop: Shop, registry: Registry = .standard, interactive: Bool = false,
    writeOut: @escaping (String) -> Void, writeErr: @escaping (String) -> Void
  ) {
    self.shop = shop
    self.registry = registry
    self.interactive = interactive
    self.writeOut = writeOut
    self.writeErr = writeErr
    let db = shop.db.path
    self.protectedPaths = [db, db + "-wal", db + "-shm", db + "-journal"]
  }

  public var renderer: Renderer { Renderer(currency: shop.settings.currency) }

  /// What the prompt shows: the shop name, else "tienda".
  public var prompt: String {
    let name = shop.settings.name
    return (name.isEmpty ? "tienda" : name) + "> "
  }
}
