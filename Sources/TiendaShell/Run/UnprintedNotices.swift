import TiendaCore

/// What a one-shot command (`-c`, a script, a pipe) says on stderr at exit
/// about the print jobs it queued that did not print: a sale's automatic
/// ticket that stayed in the queue is otherwise invisible to the person at
/// the counter (DESIGN §8.20: printers tell the truth).
public enum UnprintedNotices {
  /// One line per job of `ids` that failed, may not have printed, or still
  /// waits; none when all printed or were delivered.
  public static func lines(_ shop: Shop, jobs ids: Set<Int64>) -> [String] {
    ids.sorted().compactMap { id in
      guard let job = try? shop.printJob(id) else { return nil }
      switch job.state {
      case .failed: return Messages.printFailed(job.id, job.printerName, job.lastError)
      case .uncertain:
        return FreshEyeMessages.printUncertain(job.id, job.printerName, job.lastError)
      case .pending, .sending: return FreshEyeMessages.printWaiting(job.id, job.printerName)
      case .printed, .sent, .cancelled: return nil
      }
    }
  }
}
