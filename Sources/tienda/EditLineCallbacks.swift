import CEditLine
import TiendaShell
import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

// C callbacks for libedit and signals. They live outside main.swift so that
// they are not bound to the main actor, and they reach Swift state through
// these few globals.

/// libedit, once loaded (the Tab callback needs it).
nonisolated(unsafe) var editLineAPI: EditLineAPI?

/// The prompt libedit shows, as a C string owned here.
nonisolated(unsafe) var promptCString: UnsafeMutablePointer<CChar>? = strdup("tienda> ")

/// Called on Tab with the text before the cursor.
nonisolated(unsafe) var completionProvider:
  ((String) -> (start: Int, candidates: [String], exhaustive: Bool))?

/// Set by SIGINT; read and cleared by the main loop.
nonisolated(unsafe) var interruptRequested: sig_atomic_t = 0

/// The connection a SIGINT interrupts (like the sqlite3 shell does).
nonisolated(unsafe) var interruptibleDatabase: OpaquePointer?

func setPrompt(_ prompt: String) {
  free(promptCString)
  promptCString = strdup(prompt)
}

let promptCallback: tienda_prompt_fn = { _ in promptCString }

let sigintHandler: @convention(c) (Int32) -> Void = { _ in
  interruptRequested = 1
  if let db = interruptibleDatabase { Database.interrupt(handle: db) }
}

/// Tab: complete the word before the cursor from the registry and the shop.
let completeCallback: tienda_key_fn = { el, _ in
  guard let el, let api = editLineAPI, let info = api.wideLine(el),
    let provider = completionProvider
  else {
    return UInt8(CC_ERROR)
  }
  var scalars = String.UnicodeScalarView()
  var p = info.pointee.buffer
  while let q = p, q != info.pointee.cursor {
    if let s = Unicode.Scalar(UInt32(bitPattern: q.pointee)) { scalars.append(s) }
    p = q + 1
  }
  let before = String(scalars)
  let (start, candidates, exhaustive) = provider(before)
  let typedCount = before.count - start
  let typed = String(before.dropFirst(start))
  guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
  if candidates.count == 1 && exhaustive {
    api.deleteString(el, Int32(typedCount))
    _ = api.insertString(el, candidates[0] + " ")
    return UInt8(CC_REFRESH)
  }
  // A list cut short says nothing about the names it left out: only a
  // complete list may extend the line.
  let common = exhaustive ? commonPrefix(candidates) : ""
  if common.count > typed.count {
    api.deleteString(el, Int32(typedCount))
    _ = api.insertString(el, common)
    return UInt8(CC_REFRESH)
  }
  var listing = "\n"
  let width = (candidates.map(\.count).max() ?? 0) + 2
  let perLine = max(1, 78 / max(1, width))
  for (i, c) in candidates.prefix(200).enumerated() {
    listing += c + String(repeating: " ", count: max(0, width - c.count))
    if (i + 1) % perLine == 0 { listing += "\n" }
  }
  if candidates.count > 200 { listing += "\n" + Messages.totalCandidates(candidates.count) }
  if !exhaustive { listing += "\n" + Messages.moreCandidates }
  if !listing.hasSuffix("\n") { listing += "\n" }
  fputs(listing, tienda_stdout())
  return UInt8(CC_REDISPLAY)
}

/// Longest common prefix by characters, compared folded so that `cat`
/// completes towards `categoría` even when written without accents.
func commonPrefix(_ words: [String]) -> String {
  guard var prefix = words.first.map(Array.init) else { return "" }
  for word in words.dropFirst() {
    let chars = Array(word)
    var n = 0
    while n < prefix.count && n < chars.count && prefix[n] == chars[n] { n += 1 }
    prefix = Array(prefix[0..<n])
  }
  return String(prefix)
}
