import TiendaCore

/// What a one-shot command (`-c`, a script, a pipe) says on stderr at exit
/// about the print jobs it queued that did not print: a sale's automatic
/// ticket that stayed in the queue is otherwise invisible to the person at
/// the counter (DESIGN §8.20: printers tell the truth). An interactive
/// session says it before the next prompt (`SessionPrintNotices`).
public enum UnprintedNotices {
  /// One line per job of `ids` that failed, may not have printed, or still
  /// waits; none when all printed or were delivered.
  public static func lines(_ shop: Shop, jobs ids: Set<Int64>) -> [String] {
    ids.sorted().compactMap { notice(shop, job: $0, waiting: true) }
  }

  /// The line for one job: failed or uncertain, and (with `waiting`) still
  /// in the queue; nil when it printed, was delivered or was cancelled.
  static func notice(_ shop: Shop, job id: Int64, waiting: Bool) -> String? {
    guard let job = try? shop.printQueue.printJob(id) else { return nil }
    switch job.state {
    case .failed: return Messages.printFailed(job.id, job.printerName, job.lastError)
    case .uncertain:
      return Messages.printUncertain(job.id, job.printerName, job.lastError)
    case .pending, .sending:
      return waiting ? Messages.printWaiting(job.id, job.printerName) : nil
    case .printed, .sent, .cancelled: return nil
    }
  }
}

/// An interactive session tells, before a prompt, once per job, which jobs
/// it queued ended failed or uncertain since the last prompt: with the
/// printer down, a sale at the counter would otherwise end in silence.
public final class SessionPrintNotices {
  /// Jobs already told, by shop file (`modo práctica` swaps the shop).
  var told: Set<String> = []

  public init() {}

  /// Before a prompt: the jobs that ended failed or uncertain. At exit
  /// (`waiting`), also those still in the queue.
  public func lines(_ shop: Shop, waiting: Bool = false) -> [String] {
    var out: [String] = []
    for id in shop.jobsQueuedHere.sorted() {
      let key = shop.backups.filePath + "#\(id)"
      guard !told.contains(key),
        let line = UnprintedNotices.notice(shop, job: id, waiting: waiting)
      else { continue }
      told.insert(key)
      out.append(line)
    }
    return out
  }
}
