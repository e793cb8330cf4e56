import TiendaCore
import TiendaPrint

/// What `modo práctica` set aside: the real shop and what went with it.
final class PracticeSession {
  let realShop: Shop
  let realSpool: BackgroundSpool?
  let realTag: String?
  let realProtectedPaths: [String]
  /// The scratch folder holding the copy (removed on leaving or at exit).
  let folder: String

  init(context: ShellContext, folder: String) {
    realShop = context.shop
    realSpool = context.spool
    realTag = context.promptTag
    realProtectedPaths = context.protectedPaths
    self.folder = folder
  }
}

/// `modo práctica` / `salir de práctica`: the context's shop is swapped for
/// a scratch copy and back. Everything that reads the shop goes through
/// `context.shop` (the runner, the completer, printing), so it follows the
/// swap; the background spool is swapped with it.
extension ShellContext {
  /// Whether commands run on a practice copy.
  public var isPracticing: Bool { practiceSession != nil }

  /// Copies the shop with SQLite's online backup API into a new private
  /// folder (file mode 0600) and works on the copy from now on.
  func enterPractice() throws -> CommandResult {
    guard practiceSession == nil else { throw ShellError(Messages.alreadyPracticing) }
    guard !shop.file.isInTransaction else { throw ShellError(Messages.practiceInsideTransaction) }
    let folder = try ScratchFolder.make("tienda-practica")
    ScratchFolder.removeAtExit(folder)
    let path = folder + "/practica.db"
    let copy: Shop
    do {
      copy = try shop.file.practiceCopy(at: path)
    } catch {
      ScratchFolder.remove(folder)
      throw error
    }
    practiceSession = PracticeSession(context: self, folder: folder)
    shop = copy
    if spool != nil { spool = BackgroundSpool(path: path, clock: copy.clock, practice: true) }
    promptTag = Messages.practiceTag
    protectedPaths += Files.shopPaths(path)
    return .message(Messages.practiceStarted)
  }

  /// Discards the copy and everything done on it; the real shop is back
  /// as it was (with the user who was in when practice began).
  func leavePractice() throws -> CommandResult {
    guard let session = practiceSession else { throw ShellError(Messages.notPracticing) }
    guard !shop.file.isInTransaction else { throw ShellError(Messages.practiceInsideTransaction) }
    // Tickets printed in practice get a moment to go out before the file goes.
    spool?.wait(upTo: 2000)
    let copy = shop
    shop = session.realShop
    spool = session.realSpool
    promptTag = session.realTag
    protectedPaths = session.realProtectedPaths
    practiceSession = nil
    copy.file.close()
    ScratchFolder.remove(session.folder)
    return .message(Messages.practiceEnded)
  }
}
