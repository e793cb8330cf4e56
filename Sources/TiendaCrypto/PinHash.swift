#if canImport(Glibc)
  import Glibc
#endif

/// The stored form of a user's PIN: PBKDF2-HMAC-SHA256 with a random salt.
///
/// ```swift
/// let stored = PinHash.make(pin: "4821")
/// let text = stored.encoded  // "pbkdf2-sha256$210000$<salt hex>$<hash hex>"
/// PinHash(encoded: text)?.verify("4821")  // true
/// ```
///
/// Printing one never shows the salt or the hash (`PinHash(oculto)`);
/// only `encoded` does, for the database.
public struct PinHash: Sendable, Equatable {
  /// PBKDF2 rounds.
  public let iterations: Int
  /// Random salt (16 bytes from `make`).
  public let salt: [UInt8]
  /// Derived key (32 bytes).
  public let hash: [UInt8]

  /// Largest round count `init?(encoded:)` accepts, so a tampered row cannot
  /// make a login hang.
  static let maximumIterations = 10_000_000
  static let saltSize = 16
  static let hashSize = 32
  static let scheme = "pbkdf2-sha256"

  init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
    self.iterations = iterations
    self.salt = salt
    self.hash = hash
  }

  /// Hashes `pin` with a fresh 16-byte salt from the kernel's random source.
  ///
  /// 210,000 rounds by default. (OWASP's 2023 advice is 600,000 for
  /// PBKDF2-HMAC-SHA256; 210,000 is its figure for HMAC-SHA512. A PIN has
  /// little entropy either way: the rounds only slow down guessing.)
  public static func make(pin: String, iterations: Int = 210_000) -> PinHash {
    precondition(iterations >= 1, "PinHash: iterations must be at least 1")
    let salt = randomBytes(saltSize)
    let hash = PBKDF2.pbkdf2SHA256(
      password: Array(pin.utf8), salt: salt, iterations: iterations, length: hashSize)
    return PinHash(iterations: iterations, salt: salt, hash: hash)
  }

  /// Whether `pin` is the PIN this was made from; the comparison takes the
  /// same time wherever the derived keys differ.
  public func verify(_ pin: String) -> Bool {
    let candidate = PBKDF2.pbkdf2SHA256(
      password: Array(pin.utf8), salt: salt, iterations: iterations, length: hash.count)
    return PinHash.constantTimeEqual(candidate, hash)
  }

  /// Whether `a` and `b` hold the same bytes, looking at every byte of both
  /// whatever they contain (only their lengths, which are not secret, decide
  /// how long it takes).
  public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    var difference = UInt(bitPattern: a.count ^ b.count)
    let count = max(a.count, b.count)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        for i in 0..<count {
          let x = i < a.count ? a[i] : 0
          let y = i < b.count ? b[i] : 0
          difference |= UInt(x ^ y)
        }
      }
    }
    return difference == 0
  }

  public static func == (lhs: PinHash, rhs: PinHash) -> Bool {
    lhs.iterations == rhs.iterations && lhs.salt == rhs.salt
      && constantTimeEqual(lhs.hash, rhs.hash)
  }

  // MARK: Text form

  /// `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>`, lowercase hex.
  public var encoded: String {
    "\(PinHash.scheme)$\(iterations)$\(Hex.lowercase(salt))$\(Hex.lowercase(hash))"
  }

  /// Reads `encoded`'s form back. Rejects anything else: another scheme,
  /// a round count that is not plain decimal digits in 1…10,000,000, hex
  /// that is not lowercase with an even number of digits, a salt of 0 or
  /// more than 64 bytes, or a hash that is not 32 bytes.
  public init?(encoded: String) {
    let fields = encoded.utf8.split(separator: UInt8(ascii: "$"), omittingEmptySubsequences: false)
    guard fields.count == 4, fields[0].elementsEqual(PinHash.scheme.utf8),
      let iterations = parseIterations(fields[1]),
      let salt = parseHex(fields[2]), (1...64).contains(salt.count),
      let hash = parseHex(fields[3]), hash.count == PinHash.hashSize
    else { return nil }
    self.init(iterations: iterations, salt: salt, hash: hash)
  }
}

extension PinHash: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  public var description: String { "PinHash(oculto)" }
  public var debugDescription: String { "PinHash(oculto)" }
  /// No children, so `dump` and mirrors show nothing secret either.
  public var customMirror: Mirror { Mirror(self, children: [:]) }
}

// MARK: Helpers

/// `count` bytes from /dev/urandom; if it cannot be read, from the standard
/// library's generator, which on Linux is getrandom(2).
private func randomBytes(_ count: Int) -> [UInt8] {
  var bytes = [UInt8](repeating: 0, count: count)
  if !readURandom(into: &bytes) {
    var generator = SystemRandomNumberGenerator()
    for i in bytes.indices { bytes[i] = generator.next() }
  }
  return bytes
}

private func readURandom(into bytes: inout [UInt8]) -> Bool {
  #if canImport(Glibc)
    let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return bytes.withUnsafeMutableBytes { buffer -> Bool in
      var filled = 0
      while filled < buffer.count {
        let n = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
        if n > 0 {
          filled += n
        } else if n < 0 && errno == EINTR {
          continue
        } else {
          return false
        }
      }
      return true
    }
  #else
    return false
  #endif
}

/// Lowercase hex, even length; nil for anything else.
private func parseHex(_ text: Substring.UTF8View) -> [UInt8]? {
  guard text.count % 2 == 0 else { return nil }
  var out: [UInt8] = []
  out.reserveCapacity(text.count / 2)
  var high: UInt8? = nil
  for char in text {
    let value: UInt8
    switch char {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): value = char - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): value = char - UInt8(ascii: "a") + 10
    default: return nil
    }
    if let h = high {
      out.append(h << 4 | value)
      high = nil
    } else {
      high = value
    }
  }
  return out
}

/// Plain decimal digits, no sign or leading zero, in 1…maximumIterations.
private func parseIterations(_ text: Substring.UTF8View) -> Int? {
  guard let first = text.first, first != UInt8(ascii: "0"), text.count <= 9 else { return nil }
  var value = 0
  for char in text {
    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(char) else { return nil }
    value = value * 10 + Int(char - UInt8(ascii: "0"))
  }
  return value <= PinHash.maximumIterations ? value : nil
}
