/// HMAC (RFC 2104) over SHA-256.
///
/// ```swift
/// let tag = HMAC.hmacSHA256(key: Array("key".utf8), message: Array("mensaje".utf8))
/// ```
public enum HMAC {
  /// The 32-byte HMAC-SHA256 of `message` under `key` (any length; keys
  /// longer than 64 bytes are hashed first, as RFC 2104 says).
  public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
    HMACSHA256Key(key).authenticate(message)
  }
}

/// A key's inner and outer padded blocks, already compressed, so each use
/// costs only the message's blocks and the two finalizations, never the key
/// again (PBKDF2 reuses one for every iteration).
struct HMACSHA256Key: Sendable {
  /// SHA-256 state after compressing `key ⊕ ipad`.
  let inner: SHA256.State
  /// SHA-256 state after compressing `key ⊕ opad`.
  let outer: SHA256.State

  init(_ key: [UInt8]) {
    // K0: the key (hashed if longer than a block), zero-padded to 64 bytes.
    let short = key.count > SHA256.blockSize ? SHA256.hash(key) : key
    var innerBlock = [UInt8](repeating: 0x36, count: SHA256.blockSize)
    var outerBlock = [UInt8](repeating: 0x5c, count: SHA256.blockSize)
    for (i, byte) in short.enumerated() {
      innerBlock[i] ^= byte
      outerBlock[i] ^= byte
    }
    var innerState = SHA256.State()
    var outerState = SHA256.State()
    innerBlock.withUnsafeBytes { SHA256.compress(&innerState, bytes: $0.baseAddress!) }
    outerBlock.withUnsafeBytes { SHA256.compress(&outerState, bytes: $0.baseAddress!) }
    inner = innerState
    outer = outerState
  }

  /// H(K0 ⊕ opad ‖ H(K0 ⊕ ipad ‖ message)).
  func authenticate(_ message: [UInt8]) -> [UInt8] {
    var hasher = SHA256(state: inner, length: UInt64(SHA256.blockSize))
    hasher.update(message)
    let innerDigest = hasher.finalize()
    var outerHasher = SHA256(state: outer, length: UInt64(SHA256.blockSize))
    outerHasher.update(innerDigest)
    return outerHasher.finalize()
  }
}
