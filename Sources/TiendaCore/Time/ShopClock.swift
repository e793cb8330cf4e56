#if canImport(Glibc)
  import Glibc
#endif

/// Where "now" comes from; tests and demos inject a fixed one.
public protocol ShopClock: Sendable {
  /// Seconds since 1970-01-01 UTC.
  func now() -> Int64
}

/// The system clock.
public struct SystemClock: ShopClock {
  public init() {}
  public func now() -> Int64 { Int64(time(nil)) }
}

/// A clock stopped at one instant.
public struct FixedClock: ShopClock {
  public let instant: Int64
  public init(_ instant: Int64) { self.instant = instant }
  public func now() -> Int64 { instant }
}

/// Local time in the shop's zone, through the C library's `TZ` and tzdata.
///
/// The process has one current zone; `LocalTime.use(zone:)` sets it.
public enum LocalTime {
  public static let zoneInfoRoot = "/usr/share/zoneinfo"

  /// Makes `zone` the process's local zone (`setenv TZ` + `tzset`).
  public static func use(zone: String) {
    // Unchanged zone: nothing to do (a second connection, such as the print
    // spool's thread, must not touch the environment while others read it).
    if let current = getenv("TZ"), String(cString: current) == zone { return }
    setenv("TZ", zone, 1)
    tzset()
  }

  /// Whether tzdata knows `zone` (e.g. `America/Santiago`): a TZif file under
  /// the zoneinfo folder, not one of its tables (`zone.tab`) nor the
  /// leap-second (`right/`) and POSIX copies.
  public static func zoneExists(_ zone: String) -> Bool {
    guard !zone.isEmpty, !zone.contains(".."), !zone.hasPrefix("/"),
      !zone.hasPrefix("right/"), !zone.hasPrefix("posix/"), zone != "localtime",
      zone != "posixrules", zone != "Factory"
    else { return false }
    guard let file = fopen(zoneInfoRoot + "/" + zone, "r") else { return false }
    defer { fclose(file) }
    var magic = [UInt8](repeating: 0, count: 4)
    return fread(&magic, 1, 4, file) == 4 && magic == Array("TZif".utf8)
  }

  /// The zone as tzdata spells it, accepting any letter case
  /// (`america/santiago` → `America/Santiago`); nil when unknown.
  public static func canonicalZone(_ zone: String) -> String? {
    if zoneExists(zone) { return zone }
    let folded = zone.lowercased()
    return knownZones().first { $0.lowercased() == folded && zoneExists($0) }
  }

  /// The system's zone: `TZ`, then `/etc/localtime`, then `/etc/timezone`.
  public static func systemZone() -> String? {
    if let tz = getenv("TZ").map({ String(cString: $0) }), zoneExists(tz) { return tz }
    var buffer = [CChar](repeating: 0, count: 512)
    let n = readlink("/etc/localtime", &buffer, buffer.count - 1)
    if n > 0 {
      let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if let marker = target.textRange(of: "zoneinfo/") {
        let zone = String(target[marker.upperBound...])
        if zoneExists(zone) && zone != "Etc/UTC" && zone != "UTC" { return zone }
      }
    }
    if let f = fopen("/etc/timezone", "r") {
      defer { fclose(f) }
      var line = [CChar](repeating: 0, count: 256)
      if fgets(&line, Int32(line.count), f) != nil {
        let zone = stringFromC(line).trimmingCharacters(in: " \n\t")
        if zoneExists(zone) && zone != "Etc/UTC" && zone != "UTC" { return zone }
      }
    }
    return nil
  }

  /// Zone names from tzdata's `zone1970.tab`, for suggestions.
  public static func knownZones() -> [String] {
    guard let f = fopen(zoneInfoRoot + "/zone1970.tab", "r") else { return [] }
    defer { fclose(f) }
    var zones: [String] = []
    var line = [CChar](repeating: 0, count: 1024)
    while fgets(&line, Int32(line.count), f) != nil {
      let text = stringFromC(line)
      if text.hasPrefix("#") { continue }
      let fields = text.split(separator: "\t")
      if fields.count >= 3 { zones.append(String(fields[2]).trimmingCharacters(in: " \n")) }
    }
    return zones
  }

  /// Local date and time of an instant.
  public static func components(_ epoch: Int64) -> (
    date: LocalDate, hour: Int, minute: Int, second: Int
  ) {
    var t = time_t(epoch)
    var tmValue = tm()
    localtime_r(&t, &tmValue)
    let date =
      LocalDate(
        year: Int(tmValue.tm_year) + 1900, month: Int(tmValue.tm_mon) + 1,
        day: Int(tmValue.tm_mday)) ?? LocalDate(dayNumber: Int(epoch / 86400))
    return (date, Int(tmValue.tm_hour), Int(tmValue.tm_min), Int(tmValue.tm_sec))
  }

  /// The instant local `date` begins (midnight, or the first valid minute).
  public static func startOfDay(_ date: LocalDate) -> Int64 {
    var tmValue = tm()
    tmValue.tm_year = Int32(date.year - 1900)
    tmValue.tm_mon = Int32(date.month - 1)
    tmValue.tm_mday = Int32(date.day)
    tmValue.tm_isdst = -1
    return Int64(mktime(&tmValue))
  }

  /// `[start, end)` instants of a period of local days.
  public static func bounds(_ period: Period) -> (start: Int64, end: Int64) {
    (startOfDay(period.from), startOfDay(period.to.adding(days: 1)))
  }

  /// `23-11-2026 14:05`.
  public static func formatted(_ epoch: Int64, seconds: Bool = false) -> String {
    let c = components(epoch)
    var s = c.date.description + " " + pad(c.hour) + ":" + pad(c.minute)
    if seconds { s += ":" + pad(c.second) }
    return s
  }

  /// `2026-11-23 14:05`: local date and time as spreadsheets read them (CSV).
  public static func spreadsheet(_ epoch: Int64) -> String {
    let c = components(epoch)
    return c.date.iso + " " + pad(c.hour) + ":" + pad(c.minute)
  }

  /// `2026-11-23T17:05:00Z`, for JSON and the journal.
  public static func isoUTC(_ epoch: Int64) -> String {
    let days = Int(epoch >= 0 ? epoch / 86400 : (epoch - 86399) / 86400)
    let secs = Int(epoch - Int64(days) * 86400)
    let d = LocalDate(dayNumber: days)
    return d.iso + "T" + pad(secs / 3600) + ":" + pad(secs / 60 % 60) + ":" + pad(secs % 60) + "Z"
  }
}

extension String {
  /// Trims the given characters from both ends.
  public func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let c = s.first, set.contains(c) { s.removeFirst() }
    while let c = s.last, set.contains(c) { s.removeLast() }
    return String(s)
  }
}

/// A Swift string from a NUL-terminated C buffer.
public func stringFromC(_ buffer: [CChar]) -> String {
  let bytes = buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
  return String(decoding: bytes, as: UTF8.self)
}
