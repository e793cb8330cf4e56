import CEditLine
import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// libedit's functions, resolved with dlopen when the interactive prompt
/// starts (scripts, pipes and `-c` never load the library).
struct EditLineAPI {
  typealias Init =
    @convention(c) (
      UnsafePointer<CChar>?, UnsafeMutablePointer<FILE>?, UnsafeMutablePointer<FILE>?,
      UnsafeMutablePointer<FILE>?
    ) -> OpaquePointer?
  typealias WithEditLine = @convention(c) (OpaquePointer?) -> Void
  typealias Gets =
    @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int32>?) -> UnsafePointer<
      CChar
    >?
  typealias Source = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
  typealias WideLine = @convention(c) (OpaquePointer?) -> UnsafePointer<LineInfoW>?
  typealias InsertString = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
  typealias DeleteString = @convention(c) (OpaquePointer?, Int32) -> Void
  typealias HistoryInit = @convention(c) () -> OpaquePointer?
  typealias HistoryEnd = @convention(c) (OpaquePointer?) -> Void

  let initialize: Init
  let end: WithEditLine
  let reset: WithEditLine
  let gets: Gets
  let source: Source
  let wideLine: WideLine
  let insertString: InsertString
  let deleteString: DeleteString
  let historyInit: HistoryInit
  let historyEnd: HistoryEnd
  /// The variadic `el_set` and `history`, called through the shim.
  let set: UnsafeMutableRawPointer
  let history: UnsafeMutableRawPointer

  /// Loads libedit; nil when it is not installed.
  static func load() -> EditLineAPI? {
    guard let library = DynamicLibrary(firstOf: ["libedit.so.2", "libedit.so"]) else { return nil }
    func symbol<T>(_ name: String, _ type: T.Type) -> T? { library.symbol(name, type) }
    guard let initialize = symbol("el_init", Init.self),
      let end = symbol("el_end", WithEditLine.self),
      let reset = symbol("el_reset", WithEditLine.self),
      let gets = symbol("el_gets", Gets.self),
      let source = symbol("el_source", Source.self),
      let wideLine = symbol("el_wline", WideLine.self),
      let insertString = symbol("el_insertstr", InsertString.self),
      let deleteString = symbol("el_deletestr", DeleteString.self),
      let historyInit = symbol("history_init", HistoryInit.self),
      let historyEnd = symbol("history_end", HistoryEnd.self),
      let set = library.address("el_set"),
      let history = library.address("history")
    else { return nil }
    return EditLineAPI(
      initialize: initialize, end: end, reset: reset, gets: gets, source: source,
      wideLine: wideLine, insertString: insertString, deleteString: deleteString,
      historyInit: historyInit, historyEnd: historyEnd, set: set, history: history)
  }
}
