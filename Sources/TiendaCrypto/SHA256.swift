/// SHA-256 (FIPS 180-4), written by hand so production code needs neither
/// Foundation nor a third-party package.
///
/// ```swift
/// let digest = SHA256.hash(Array("abc".utf8))  // 32 bytes
///
/// var hasher = SHA256()
/// hasher.update(Array("ab".utf8))
/// hasher.update(Array("c".utf8))
/// let same = hasher.finalize()
/// ```
///
/// Whole 64-byte blocks are compressed straight from the caller's bytes;
/// only a trailing partial block is copied into a fixed 64-byte buffer kept
/// inline in the struct, so hashing allocates nothing but the result.
public struct SHA256: Sendable {
  /// Bytes in a digest.
  public static let digestSize = 32
  /// Bytes in a block, the unit the compression function consumes.
  public static let blockSize = 64

  /// The eight working words H0…H7.
  struct State: Sendable, Equatable {
    var h0: UInt32 = 0x6a09_e667
    var h1: UInt32 = 0xbb67_ae85
    var h2: UInt32 = 0x3c6e_f372
    var h3: UInt32 = 0xa54f_f53a
    var h4: UInt32 = 0x510e_527f
    var h5: UInt32 = 0x9b05_688c
    var h6: UInt32 = 0x1f83_d9ab
    var h7: UInt32 = 0x5be0_cd19
  }

  /// 64 bytes kept inline (no heap allocation).
  typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

  var state = State()
  private var buffer: Block = (0, 0, 0, 0, 0, 0, 0, 0)
  /// Bytes waiting in `buffer` (always less than 64).
  private var buffered = 0
  /// Bytes hashed so far, buffered ones included.
  private var length: UInt64 = 0

  /// A hasher with nothing hashed yet.
  public init() {}

  /// A hasher resuming from `state` after `length` bytes (a multiple of 64)
  /// were compressed into it; HMAC uses it to start from its padded keys.
  init(state: State, length: UInt64) {
    precondition(length % 64 == 0, "SHA256: resuming mid-block")
    self.state = state
    self.length = length
  }

  /// The SHA-256 digest of `bytes`.
  public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(sequence: bytes)
    return hasher.finalize()
  }

  /// Hashes `bytes` after whatever was hashed before.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Hashes `bytes` after whatever was hashed before.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard var source = bytes.baseAddress, !bytes.isEmpty else { return }
    var remaining = bytes.count
    length &+= UInt64(remaining)
    if buffered > 0 {
      let take = min(64 - buffered, remaining)
      let offset = buffered
      withUnsafeMutableBytes(of: &buffer) { raw in
        (raw.baseAddress! + offset).copyMemory(from: source, byteCount: take)
      }
      buffered += take
      source += take
      remaining -= take
      guard buffered == 64 else { return }
      let block = buffer
      withUnsafeBytes(of: block) { SHA256.compress(&state, bytes: $0.baseAddress!) }
      buffered = 0
    }
    while remaining >= 64 {
      SHA256.compress(&state, bytes: source)
      source += 64
      remaining -= 64
    }
    if remaining > 0 {
      let tail = source
      withUnsafeMutableBytes(of: &buffer) { raw in
        raw.baseAddress!.copyMemory(from: tail, byteCount: remaining)
      }
      buffered = remaining
    }
  }

  /// Hashes a sequence that may not be contiguous, a block's worth at a time.
  private mutating func update(sequence: some Sequence<UInt8>) {
    let done: Void? = sequence.withContiguousStorageIfAvailable {
      update(UnsafeRawBufferPointer($0))
    }
    guard done == nil else { return }
    var chunk: Block = (0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    for byte in sequence {
      withUnsafeMutableBytes(of: &chunk) { $0[count] = byte }
      count += 1
      if count == 64 {
        withUnsafeBytes(of: chunk) { update($0) }
        count = 0
      }
    }
    withUnsafeBytes(of: chunk) { update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
  }

  /// Pads, compresses the last block(s) and returns the digest. The hasher
  /// should not be used afterwards (make a new one, or copy it beforehand
  /// to hash more than one continuation of the same prefix).
  public mutating func finalize() -> [UInt8] {
    let bitLength = length &* 8
    var pad: Block = (0, 0, 0, 0, 0, 0, 0, 0)
    withUnsafeMutableBytes(of: &pad) { $0[0] = 0x80 }
    // 0x80, then zeros up to 56 mod 64, then the 64-bit bit length.
    let padCount = buffered < 56 ? 56 - buffered : 120 - buffered
    withUnsafeBytes(of: pad) { update(UnsafeRawBufferPointer(rebasing: $0[..<padCount])) }
    var lengthBytes = bitLength.bigEndian
    withUnsafeBytes(of: &lengthBytes) { update($0) }
    precondition(buffered == 0)
    return state.bytes
  }

  // MARK: Compression

  /// Compresses one 64-byte block read from `bytes` (any alignment).
  @inline(__always)
  static func compress(_ state: inout State, bytes: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      let words = w.baseAddress!
      for i in 0..<16 {
        words[i] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
      }
      compress(&state, schedule: words)
    }
  }

  /// Compresses one block given as its 16 big-endian words, already decoded,
  /// in `schedule[0..<16]`; `schedule` must have room for 64 words, and its
  /// words 16…63 are overwritten.
  @inline(__always)
  static func compress(_ state: inout State, schedule w: UnsafeMutablePointer<UInt32>) {
    for i in 16..<64 {
      let w15 = w[i &- 15]
      let w2 = w[i &- 2]
      let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
      let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
      w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
    }
    var a = state.h0
    var b = state.h1
    var c = state.h2
    var d = state.h3
    var e = state.h4
    var f = state.h5
    var g = state.h6
    var h = state.h7
    roundConstants.withUnsafeBufferPointer { k in
      let k = k.baseAddress!
      // Eight rounds per pass, renaming the working variables instead of
      // shifting them (FIPS 180-4, 6.2.2 step 3).
      var i = 0
      while i < 64 {
        round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
        round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ w[i &+ 1])
        round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ w[i &+ 2])
        round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ w[i &+ 3])
        round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ w[i &+ 4])
        round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ w[i &+ 5])
        round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ w[i &+ 6])
        round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ w[i &+ 7])
        i &+= 8
      }
    }
    state.h0 &+= a
    state.h1 &+= b
    state.h2 &+= c
    state.h3 &+= d
    state.h4 &+= e
    state.h5 &+= f
    state.h6 &+= g
    state.h7 &+= h
  }

  /// One round: `d` gains T1 and `h` becomes T1 + T2, the caller rotating
  /// the names for the next round.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
  ) {
    let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
    let ch = g ^ (e & (f ^ g))
    let t1 = h &+ s1 &+ ch &+ kw
    let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
    let maj = (a & b) | (c & (a | b))
    d &+= t1
    h = t1 &+ s0 &+ maj
  }

  @inline(__always)
  static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x &>> n) | (x &<< (32 &- n))
  }
}

extension SHA256.State {
  /// H0…H7 as the 32 big-endian digest bytes.
  var bytes: [UInt8] {
    [UInt8](unsafeUninitializedCapacity: 32) { out, count in
      let raw = UnsafeMutableRawBufferPointer(out)
      raw.storeBytes(of: h0.bigEndian, toByteOffset: 0, as: UInt32.self)
      raw.storeBytes(of: h1.bigEndian, toByteOffset: 4, as: UInt32.self)
      raw.storeBytes(of: h2.bigEndian, toByteOffset: 8, as: UInt32.self)
      raw.storeBytes(of: h3.bigEndian, toByteOffset: 12, as: UInt32.self)
      raw.storeBytes(of: h4.bigEndian, toByteOffset: 16, as: UInt32.self)
      raw.storeBytes(of: h5.bigEndian, toByteOffset: 20, as: UInt32.self)
      raw.storeBytes(of: h6.bigEndian, toByteOffset: 24, as: UInt32.self)
      raw.storeBytes(of: h7.bigEndian, toByteOffset: 28, as: UInt32.self)
      count = 32
    }
  }
}

/// K0…K63: the first 32 bits of the fractional parts of the cube roots of
/// the first 64 primes (FIPS 180-4, 4.2.2).
private let roundConstants: [UInt32] = [
  0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
  0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
  0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
  0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
  0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
  0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
  0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
  0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
  0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
  0xc671_78f2,
]
