import TiendaStore

#if canImport(Glibc)
  import Glibc
#endif

/// A libpq conninfo (`clave=valor …` or a `postgresql://` URI), read the
/// way libpq reads it: checked when configured (no password, no keyword
/// libpq does not know) and handed to libpq in the `clave=valor` form (a
/// URI cannot take the options tienda adds, like `connect_timeout`).
enum CentralConninfo {
  /// The keywords of libpq 15 to 17 (PQconndefaults and the docs, §34.1.2).
  static let keywords: [String] = [
    "host", "hostaddr", "port", "dbname", "user", "passfile", "channel_binding",
    "connect_timeout", "client_encoding", "options", "application_name",
    "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval",
    "keepalives_count", "tcp_user_timeout", "sslmode", "sslnegotiation", "sslcompression",
    "sslcert", "sslkey", "sslcertmode", "sslrootcert", "sslcrl", "sslcrldir", "sslsni",
    "requirepeer", "require_auth", "ssl_min_protocol_version", "ssl_max_protocol_version",
    "gssencmode", "krbsrvname", "gsslib", "gssdelegation", "service", "target_session_attrs",
    "load_balance_hosts", "password", "sslpassword",
  ]

  /// The keywords that take one of a few words (libpq 15).
  static let choices: [String: [String]] = [
    "sslmode": ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"],
    "gssencmode": ["disable", "prefer", "require"],
    "channel_binding": ["disable", "prefer", "require"],
    "target_session_attrs": [
      "any", "read-write", "read-only", "primary", "standby", "prefer-standby",
    ],
  ]

  /// Secrets that would be stored in the shop file.
  static let secrets: Set<String> = ["password", "sslpassword"]

  /// Checks what `configurar central` stores (trimmed, as written).
  static func validated(_ text: String) throws -> String {
    let info = text.trimmingCharacters(in: " \t")
    guard !info.isEmpty, info.contains("=") || isURI(info) else {
      throw SyncError.badConninfo(text)
    }
    let pairs = try parse(info, original: text)
    for (key, value) in pairs {
      if secrets.contains(key) { throw SyncError.passwordInConninfo }
      guard keywords.contains(key) else {
        throw SyncError.unknownConninfoKeyword(
          key, suggestion: closestMatch(to: key, among: keywords.filter { !secrets.contains($0) }))
      }
      if let allowed = choices[key], !allowed.contains(value) {
        throw SyncError.badConninfoChoice(key, value, choices: allowed)
      }
      if key == "port" || key == "connect_timeout" {
        let parts =
          key == "port"
          ? value.split(separator: ",", omittingEmptySubsequences: false) : [Substring(value)]
        for part in parts where !part.isEmpty {
          guard let n = Int(part), n >= 0, n <= 65535 else {
            throw SyncError.badConninfoValue(key, value)
          }
        }
      }
    }
    return info
  }

  /// The conninfo as libpq's `clave='valor'` pairs.
  static func keywordForm(_ info: String) throws -> String {
    try parse(info, original: info).map { key, value in
      var quoted = "'"
      for c in value {
        if c == "'" || c == "\\" { quoted.append("\\") }
        quoted.append(c)
      }
      return key + "=" + quoted + "'"
    }.joined(separator: " ")
  }

  /// Where the conninfo points, with libpq's environment defaults.
  static func target(_ info: String) -> PostgresTarget {
    let pairs = (try? parse(info, original: info)) ?? []
    func value(_ key: String, _ variable: String) -> String? {
      if let v = pairs.last(where: { $0.key == key })?.value, !v.isEmpty { return v }
      guard let env = getenv(variable) else { return nil }
      let v = String(cString: env)
      return v.isEmpty ? nil : v
    }
    let user = value("user", "PGUSER")
    return PostgresTarget(
      host: value("host", "PGHOST") ?? value("hostaddr", "PGHOSTADDR"),
      port: value("port", "PGPORT"), database: value("dbname", "PGDATABASE") ?? user, user: user)
  }

  /// Seconds libpq waits for the server when the user set no timeout.
  static let defaultTimeout = 10

  /// Whether `connect_timeout` is in the conninfo or in PGCONNECT_TIMEOUT.
  static func setsTimeout(_ info: String) -> Bool {
    let pairs = (try? parse(info, original: info)) ?? []
    if pairs.contains(where: { $0.key == "connect_timeout" }) { return true }
    guard let env = getenv("PGCONNECT_TIMEOUT") else { return false }
    return !String(cString: env).isEmpty
  }

  static func isURI(_ info: String) -> Bool {
    info.hasPrefix("postgresql://") || info.hasPrefix("postgres://")
  }

  static func parse(_ info: String, original: String) throws -> [(key: String, value: String)] {
    isURI(info) ? try uri(info, original: original) : try pairs(info, original: original)
  }

  /// `clave = valor` pairs; a value may be 'quoted'; a backslash escapes.
  static func pairs(_ info: String, original: String) throws -> [(key: String, value: String)] {
    var result: [(key: String, value: String)] = []
    var chars = Array(info)[...]
    func skipSpaces() { while let c = chars.first, c.isWhitespace { chars.removeFirst() } }
    while true {
      skipSpaces()
      guard !chars.isEmpty else { break }
      var key = ""
      while let c = chars.first, c != "=", !c.isWhitespace {
        key.append(c)
        chars.removeFirst()
      }
      skipSpaces()
      guard chars.first == "=", !key.isEmpty else { throw SyncError.badConninfo(original) }
      chars.removeFirst()
      skipSpaces()
      var value = ""
      if chars.first == "'" {
        chars.removeFirst()
        var closed = false
        while let c = chars.popFirst() {
          if c == "\\", let next = chars.popFirst() {
            value.append(next)
          } else if c == "'" {
            closed = true
            break
          } else {
            value.append(c)
          }
        }
        guard closed else { throw SyncError.badConninfo(original) }
      } else {
        while let c = chars.first, !c.isWhitespace {
          chars.removeFirst()
          if c == "\\", let next = chars.popFirst() { value.append(next) } else { value.append(c) }
        }
      }
      result.append((key.lowercased(), value))
    }
    return result
  }

  /// `postgresql://[usuario[:clave]@][host][:puerto][,…][/base][?clave=valor&…]`.
  static func uri(_ info: String, original: String) throws -> [(key: String, value: String)] {
    var rest = Substring(info.drop(while: { $0 != "/" }).dropFirst(2))
    var result: [(key: String, value: String)] = []
    var query = Substring("")
    if let q = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: q)...]
      rest = rest[..<q]
    }
    var path: Substring?
    if let slash = rest.firstIndex(of: "/") {
      path = rest[rest.index(after: slash)...]
      rest = rest[..<slash]
    }
    if let at = rest.lastIndex(of: "@") {
      let user = rest[..<at]
      if user.contains(":") { throw SyncError.passwordInConninfo }
      if !user.isEmpty { result.append(("user", try decode(user, original))) }
      rest = rest[rest.index(after: at)...]
    }
    if !rest.isEmpty {
      var hosts: [String] = []
      var ports: [String] = []
      for spec in rest.split(separator: ",", omittingEmptySubsequences: false) {
        var host = spec
        var port = Substring("")
        if spec.first == "[" {
          guard let close = spec.firstIndex(of: "]") else { throw SyncError.badConninfo(original) }
          host = spec[spec.index(after: spec.startIndex)..<close]
          let after = spec[spec.index(after: close)...]
          if after.first == ":" { port = after.dropFirst() }
        } else if let colon = spec.lastIndex(of: ":") {
          host = spec[..<colon]
          port = spec[spec.index(after: colon)...]
        }
        hosts.append(try decode(host, original))
        ports.append(try decode(port, original))
      }
      if hosts.contains(where: { !$0.isEmpty }) {
        result.append(("host", hosts.joined(separator: ",")))
      }
      if ports.contains(where: { !$0.isEmpty }) {
        result.append(("port", ports.joined(separator: ",")))
      }
    }
    if let path, !path.isEmpty { result.append(("dbname", try decode(path, original))) }
    for item in query.split(separator: "&") {
      guard let equals = item.firstIndex(of: "=") else { throw SyncError.badConninfo(original) }
      let key = try decode(item[..<equals], original).lowercased()
      let value = try decode(item[item.index(after: equals)...], original)
      result.append((key, value))
    }
    return result
  }

  /// Percent-decoding (`%2F` → `/`), as libpq does in a URI.
  static func decode(_ text: Substring, _ original: String) throws -> String {
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let b = utf8.popFirst() {
      if b == UInt8(ascii: "%") {
        guard utf8.count >= 2, let hi = hex(utf8.removeFirst()), let lo = hex(utf8.removeFirst())
        else { throw SyncError.badConninfo(original) }
        bytes.append(hi << 4 | lo)
      } else {
        bytes.append(b)
      }
    }
    guard let decoded = String(validating: bytes, as: UTF8.self) else {
      throw SyncError.badConninfo(original)
    }
    return decoded
  }

  static func hex(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
