import CEditLine

#if canImport(Glibc)
  import Glibc
#endif

/// libedit on a terminal: prompt, history file, Tab completion, Ctrl-C.
final class LineEditor {
  enum Input {
    case line(String)
    case interrupted
    case endOfInput
  }

  private let api: EditLineAPI
  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?

  /// Nil when libedit cannot be loaded (the caller falls back to plain input).
  init?(historyPath: String?) {
    LineEditor.ensureUTF8Locale()
    guard let api = EditLineAPI.load(),
      let editLine = api.initialize("tienda", tienda_stdin(), tienda_stdout(), tienda_stderr()),
      let history = api.historyInit()
    else { return nil }
    editLineAPI = api
    self.api = api
    self.editLine = editLine
    self.history = history
    self.historyPath = historyPath
    _ = tienda_history_setsize(api.history, history, 2000)
    _ = tienda_history_setunique(api.history, history, 1)
    _ = tienda_el_set_editor(api.set, editLine, "emacs")
    _ = tienda_el_set_prompt(api.set, editLine, promptCallback)
    _ = tienda_el_set_history(api.set, editLine, api.history, history)
    _ = tienda_el_add_function(
      api.set, editLine, "tienda-completar", "Completa la palabra", completeCallback)
    _ = tienda_el_bind(api.set, editLine, "^I", "tienda-completar")
    _ = api.source(editLine, nil)
    if let historyPath { _ = tienda_history_load(api.history, history, historyPath) }
  }

  deinit {
    api.end(editLine)
    api.historyEnd(history)
  }

  /// Without a UTF-8 locale libedit silently drops accented characters.
  static func ensureUTF8Locale() {
    setlocale(LC_ALL, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    if codeset.uppercased().replacingDash() != "UTF8" {
      if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
    }
  }

  func read(prompt: String) -> Input {
    setPrompt(prompt)
    interruptRequested = 0
    var count: Int32 = 0
    let raw = api.gets(editLine, &count)
    if interruptRequested != 0 {
      interruptRequested = 0
      api.reset(editLine)
      return .interrupted
    }
    guard let raw, count > 0 else { return .endOfInput }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Adds a line to the history and saves the file at once (a crash or a
  /// kill loses nothing). Lines that start with a space are not kept.
  func remember(_ line: String) {
    guard !line.isEmpty, !line.hasPrefix(" "), !line.hasPrefix("\t") else { return }
    _ = tienda_history_enter(api.history, history, line)
    guard let historyPath else { return }
    _ = tienda_history_save(api.history, history, historyPath)
    chmod(historyPath, 0o600)
  }
}

extension String {
  fileprivate func replacingDash() -> String { String(filter { $0 != "-" }) }
}
