/// PBKDF2 (RFC 8018, section 5.2) with HMAC-SHA256 as the pseudorandom
/// function.
///
/// ```swift
/// let key = PBKDF2.pbkdf2SHA256(
///   password: Array("1234".utf8), salt: salt, iterations: 210_000, length: 32)
/// ```
public enum PBKDF2 {
  /// The `length`-byte key derived from `password` and `salt` with
  /// `iterations` rounds. `iterations` must be at least 1 and `length` at
  /// least 0 (and at most (2³² − 1) × 32, far beyond any real use).
  public static func pbkdf2SHA256(
    password: [UInt8], salt: [UInt8], iterations: Int, length: Int
  ) -> [UInt8] {
    precondition(iterations >= 1, "PBKDF2: iterations must be at least 1")
    precondition(length >= 0, "PBKDF2: negative length")
    precondition(length / 32 < Int(UInt32.max), "PBKDF2: derived key too long")
    let key = HMACSHA256Key(password)
    var derived: [UInt8] = []
    derived.reserveCapacity(length)
    var blockIndex: UInt32 = 1
    while derived.count < length {
      let block = Self.block(key: key, salt: salt, index: blockIndex, iterations: iterations)
      derived.append(contentsOf: block.prefix(length - derived.count))
      blockIndex &+= 1
    }
    return derived
  }

  /// T_i = U_1 ⊕ U_2 ⊕ … ⊕ U_c, with U_1 = PRF(P, S ‖ INT(i)) and
  /// U_j = PRF(P, U_{j−1}).
  ///
  /// From U_2 on, each message is one 32-byte digest, so both the inner and
  /// the outer hash are exactly one block (digest, 0x80, zeros, bit length
  /// 768) compressed from the precomputed key states, kept as words: no
  /// bytes, buffers or allocations in the loop.
  private static func block(key: HMACSHA256Key, salt: [UInt8], index: UInt32, iterations: Int)
    -> [UInt8]
  {
    var first = salt
    first.append(UInt8(truncatingIfNeeded: index >> 24))
    first.append(UInt8(truncatingIfNeeded: index >> 16))
    first.append(UInt8(truncatingIfNeeded: index >> 8))
    first.append(UInt8(truncatingIfNeeded: index))
    let u1 = key.authenticate(first)
    guard iterations > 1 else { return u1 }

    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
      let w = schedule.baseAddress!
      // U as eight words, and the running XOR T.
      var u = SHA256.State()
      u1.withUnsafeBytes { raw in
        u.h0 = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
        u.h1 = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
        u.h2 = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        u.h3 = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        u.h4 = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        u.h5 = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 20, as: UInt32.self))
        u.h6 = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt32.self))
        u.h7 = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 28, as: UInt32.self))
      }
      var t = u
      for _ in 1..<iterations {
        // Inner: H(K0 ⊕ ipad ‖ U), 64 + 32 bytes hashed.
        var state = key.inner
        loadDigestBlock(u, into: w)
        SHA256.compress(&state, schedule: w)
        // Outer: H(K0 ⊕ opad ‖ inner digest).
        u = key.outer
        loadDigestBlock(state, into: w)
        SHA256.compress(&u, schedule: w)
        t.h0 ^= u.h0
        t.h1 ^= u.h1
        t.h2 ^= u.h2
        t.h3 ^= u.h3
        t.h4 ^= u.h4
        t.h5 ^= u.h5
        t.h6 ^= u.h6
        t.h7 ^= u.h7
      }
      return t.bytes
    }
  }

  /// Writes the final padded block of a 96-byte message whose last 32 bytes
  /// are `digest`: the digest's words, 0x80, zeros, and 768 as the bit length.
  @inline(__always)
  private static func loadDigestBlock(_ digest: SHA256.State, into w: UnsafeMutablePointer<UInt32>)
  {
    w[0] = digest.h0
    w[1] = digest.h1
    w[2] = digest.h2
    w[3] = digest.h3
    w[4] = digest.h4
    w[5] = digest.h5
    w[6] = digest.h6
    w[7] = digest.h7
    w[8] = 0x8000_0000
    w[9] = 0
    w[10] = 0
    w[11] = 0
    w[12] = 0
    w[13] = 0
    w[14] = 0
    w[15] = UInt32((SHA256.blockSize + SHA256.digestSize) * 8)
  }
}
