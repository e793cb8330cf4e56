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
  }

  public var renderer: Renderer { Renderer(currency: shop.settings.currency) }

  /// What the prompt shows: the shop name, else "tienda".
  public var prompt: String {
    let name = shop.settings.name
    return (name.isEmpty ? "tienda" : name) + "> "
  }
}
