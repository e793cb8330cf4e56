import TiendaCore

#if canImport(Glibc)
  import Glibc
#endif

/// The controlling terminal, for pauses (`--pausa`, `pausa "texto"`): a
/// script's input may be a file or a pipe, but the trainer's Enter comes
/// from the keyboard.
public enum TrainerTerminal {
  /// Opens `/dev/tty`; nil without a controlling terminal (cron, CI).
  public static func open() -> Int32? {
    let fd = Glibc.open("/dev/tty", O_RDWR | O_CLOEXEC)
    return fd >= 0 ? fd : nil
  }

  /// Reads one line from `fd`. False when the answer was `salir` or the
  /// terminal closed (Ctrl-D): the run stops there.
  static func waitForEnter(_ fd: Int32) -> Bool {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while true {
      let n = read(fd, &byte, 1)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      if byte == 10 { break }
      if byte != 13 { bytes.append(byte) }
    }
    let answer = fold(String(decoding: bytes, as: UTF8.self)).trimmingCharacters(in: " \t")
    return !["salir", "q"].contains(answer)
  }
}

extension Runner {
  /// Before each command of a batch: with `--eco`, the prompt and the
  /// command as if typed there; with `--pausa`, that line waits for Enter
  /// before the command runs. False when the trainer answered `salir`.
  /// Blank lines, comments and `pausa` lines are not shown.
  public func present(_ line: String) -> Bool {
    let scripts = context.scripts
    guard scripts.echo || scripts.pauseEach else { return true }
    let tokens = Lexer.tokenizeLeniently(line)
    guard let first = tokens.first, first.kind != .semicolon else { return true }
    if let (spec, _) = try? parser.matchCommand(tokens), spec.name == TrainerCommands.pause.name {
      return true
    }
    let shown = context.prompt + maskSecrets(line)
    guard scripts.pauseEach, let terminal = scripts.terminal else {
      context.writeOut(shown + "\n")
      return true
    }
    context.writeOut(shown)
    return TrainerTerminal.waitForEnter(terminal)
  }
}

extension ShellContext {
  /// `pausa "texto"`: a banner; on a terminal, waits for Enter (`salir`
  /// ends the run). In a pipe or under cron it only shows the banner.
  func pause(_ text: String?) -> CommandResult {
    if let text, !text.isEmpty {
      let width = max(40, TextFormat.displayWidth(text) + 4)
      let rule = String(repeating: "═", count: width)
      writeOut("\n" + rule + "\n  " + text + "\n" + rule + "\n")
    }
    guard let terminal = scripts.terminal else { return .none }
    writeOut(Messages.pausePrompt)
    return TrainerTerminal.waitForEnter(terminal) ? .none : .exit
  }
}
