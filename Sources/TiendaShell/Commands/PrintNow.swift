import TiendaCore
import TiendaPrint

/// Commands a person watches the printer for (`probar impresora`,
/// `imprimir ticket`, `reimprimir ticket`): the job goes out now, after the
/// command commits, and the command says how it ended; a job that did not
/// print (or may not have) fails the command (exit status 1).
enum PrintNow {
  static func send(_ job: PrintJob, call: Invocation, testPage: Bool = false) throws
    -> CommandResult
  {
    let shop = call.shop
    let printer = try? shop.printers.printer(id: job.printerID)
    // Screen previews are shown by the runner; inside `--atómico` or
    // `simular` nothing is committed yet: the job waits for the commit.
    guard let printer, printer.transport != .screen, !shop.printQueue.waitsForCommit,
      call.context.scripts.mode == .normal
    else {
      return .message(Messages.jobQueued(job.id, job.printerName))
    }
    switch PrintSpool.sendNow(job.id, shop: shop) {
    case .printed: return .message(Messages.jobPrinted(job.id, printer.name))
    case .sent: return .message(Messages.jobSent(job.id, printer.name))
    case .failed(let why):
      throw ShellError(Messages.jobFailed(job.id, printer.name, why))
    case .uncertain(let why, _):
      throw ShellError(
        Messages.jobUncertain(job.id, printer.name, why),
        hint: testPage ? Messages.noStatusHint(printer.name) : nil)
    case nil:
      throw ShellError(Messages.jobStillSending(job.id, printer.name))
    }
  }
}
