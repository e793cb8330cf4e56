import Foundation
import Testing

@testable import TiendaCrypto

@Suite struct SecurityTests {
  // MARK: SHA-256 (FIPS 180-4 / NIST examples)

  @Test func sha256OfAbc() {
    #expect(
      hex(SHA256.hash(Array("abc".utf8)))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func sha256OfEmpty() {
    #expect(
      hex(SHA256.hash([UInt8]()))
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test func sha256Of448Bits() {
    let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    #expect(
      hex(SHA256.hash(Array(message.utf8)))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func sha256Of896Bits() {
    let message =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    #expect(
      hex(SHA256.hash(Array(message.utf8)))
        == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
  }

  @Test func sha256OfAMillionAs() {
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))) == expected)
    // The same, fed in uneven pieces.
    var hasher = SHA256()
    let piece = [UInt8](repeating: 0x61, count: 997)
    var left = 1_000_000
    while left > 0 {
      let n = min(left, piece.count)
      hasher.update(Array(piece[..<n]))
      left -= n
    }
    #expect(hex(hasher.finalize()) == expected)
  }

  @Test func sha256OfANonContiguousSequence() {
    // A lazy map has no contiguous storage: the byte-at-a-time path.
    let bytes = (0..<200).lazy.map { UInt8(truncatingIfNeeded: $0 &* 7) }
    #expect(SHA256.hash(bytes) == SHA256.hash(Array(bytes)))
    #expect(
      hex(SHA256.hash("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func sha256PaddingBoundaries() {
    // Lengths around the 55/56/64-byte padding edges, against a hasher fed
    // one byte at a time.
    for length in [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129] {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 5) }
      var hasher = SHA256()
      for byte in bytes { hasher.update([byte]) }
      #expect(hasher.finalize() == SHA256.hash(bytes), "length \(length)")
    }
    #expect(
      hex(SHA256.hash([UInt8](repeating: 0x61, count: 64)))
        == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
  }

  @Test func incrementalUpdatesMatchOneShot() {
    let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 1) }
    let expected = SHA256.hash(message)
    // Every single split point.
    for split in 0...message.count {
      var hasher = SHA256()
      hasher.update(Array(message[..<split]))
      hasher.update(Array(message[split...]))
      #expect(hasher.finalize() == expected, "split at \(split)")
    }
    // Odd pieces, through the raw-buffer overload.
    for sizes in [
      [1, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31], [63, 1, 65, 127, 44], [3, 61, 64, 64],
    ] {
      var hasher = SHA256()
      var offset = 0
      var index = 0
      while offset < message.count {
        let n = min(sizes[index % sizes.count], message.count - offset)
        message[offset..<offset + n].withUnsafeBytes { hasher.update($0) }
        offset += n
        index += 1
      }
      #expect(hasher.finalize() == expected, "pieces \(sizes)")
    }
    // Empty updates change nothing.
    var hasher = SHA256()
    hasher.update([UInt8]())
    hasher.update(message)
    hasher.update(UnsafeRawBufferPointer(start: nil, count: 0))
    #expect(hasher.finalize() == expected)
  }

  // MARK: HMAC-SHA256 (RFC 4231)

  @Test func hmacRFC4231Case1() {
    let tag = HMAC.hmacSHA256(
      key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8))
    #expect(hex(tag) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
  }

  @Test func hmacRFC4231Case2() {
    let tag = HMAC.hmacSHA256(
      key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
    #expect(hex(tag) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test func hmacRFC4231Case3() {
    let tag = HMAC.hmacSHA256(
      key: [UInt8](repeating: 0xaa, count: 20), message: [UInt8](repeating: 0xdd, count: 50))
    #expect(hex(tag) == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
  }

  @Test func hmacRFC4231Case4() {
    let tag = HMAC.hmacSHA256(
      key: Array(1...25), message: [UInt8](repeating: 0xcd, count: 50))
    #expect(hex(tag) == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
  }

  @Test func hmacRFC4231Case6() {
    // A 131-byte key: longer than a block, so it is hashed first.
    let tag = HMAC.hmacSHA256(
      key: [UInt8](repeating: 0xaa, count: 131),
      message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
    #expect(hex(tag) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
  }

  @Test func hmacRFC4231Case7() {
    let message =
      "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."
    let tag = HMAC.hmacSHA256(
      key: [UInt8](repeating: 0xaa, count: 131), message: Array(message.utf8))
    #expect(hex(tag) == "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
  }

  @Test func hmacKeyOfExactlyOneBlockIsNotHashed() {
    // Keys of 64 bytes are used as they are; 65 bytes get hashed.
    let message = Array("mensaje".utf8)
    for count in [63, 64, 65] {
      let key = (0..<count).map { UInt8($0) }
      #expect(
        HMAC.hmacSHA256(key: key, message: message) == referenceHMAC(key: key, message: message),
        "key of \(count) bytes")
    }
  }

  // MARK: PBKDF2-HMAC-SHA256 (published vectors, RFC 7914 §11 and others)

  @Test func pbkdf2OneIteration() {
    let key = PBKDF2.pbkdf2SHA256(
      password: Array("password".utf8), salt: Array("salt".utf8), iterations: 1, length: 32)
    #expect(hex(key) == "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")
  }

  @Test func pbkdf2TwoIterations() {
    let key = PBKDF2.pbkdf2SHA256(
      password: Array("password".utf8), salt: Array("salt".utf8), iterations: 2, length: 32)
    #expect(hex(key) == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")
  }

  @Test func pbkdf2FourThousandIterations() {
    let key = PBKDF2.pbkdf2SHA256(
      password: Array("password".utf8), salt: Array("salt".utf8), iterations: 4096, length: 32)
    #expect(hex(key) == "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")
  }

  @Test func pbkdf2LongPasswordSaltAndKey() {
    let key = PBKDF2.pbkdf2SHA256(
      password: Array("passwordPASSWORDpassword".utf8),
      salt: Array("saltSALTsaltSALTsaltSALTsaltSALTsalt".utf8), iterations: 4096, length: 40)
    #expect(
      hex(key)
        == "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9")
  }

  @Test func pbkdf2ShortKeysArePrefixes() {
    let password = Array("password".utf8)
    let salt = Array("salt".utf8)
    let long = PBKDF2.pbkdf2SHA256(password: password, salt: salt, iterations: 3, length: 70)
    #expect(long.count == 70)
    for length in [0, 1, 16, 31, 32, 33, 64, 65] {
      let key = PBKDF2.pbkdf2SHA256(password: password, salt: salt, iterations: 3, length: length)
      #expect(key == Array(long.prefix(length)), "length \(length)")
    }
  }

  @Test func pbkdf2FastLoopMatchesPlainHMAC() {
    // The word-level loop against PBKDF2 spelled out with the public HMAC.
    let password = Array("1234".utf8)
    let salt: [UInt8] = [1, 2, 3, 4, 5]
    for iterations in [1, 2, 3, 10, 33] {
      #expect(
        PBKDF2.pbkdf2SHA256(password: password, salt: salt, iterations: iterations, length: 48)
          == referencePBKDF2(password: password, salt: salt, iterations: iterations, length: 48),
        "iterations \(iterations)")
    }
  }

  /// Python's hashlib, as an outside oracle. Skipped when python3 is not
  /// installed, except under CI=true, where it fails instead.
  @Test(.enabled(if: python3 != nil || isCI))
  func pbkdf2MatchesPythonHashlib() throws {
    let python = try #require(python3, "python3 is needed for this test under CI=true")
    var generator = SystemRandomNumberGenerator()
    var cases: [(pin: String, salt: [UInt8], iterations: Int, length: Int)] = [
      ("1234", hexBytes("00112233445566778899aabbccddeeff"), 1000, 32),
      ("contraseña-ñandú", [], 1, 32),
    ]
    for _ in 0..<6 {
      let digits = Int.random(in: 4...8, using: &generator)
      let pin = String((0..<digits).map { _ in "0123456789".randomElement(using: &generator)! })
      let salt = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      cases.append(
        (
          pin, salt, Int.random(in: 1...3000, using: &generator),
          Int.random(in: 1...80, using: &generator)
        ))
    }
    for (pin, salt, iterations, length) in cases {
      let ours = PBKDF2.pbkdf2SHA256(
        password: Array(pin.utf8), salt: salt, iterations: iterations, length: length)
      let theirs = try runPython(
        python,
        [
          "-c",
          "import hashlib,sys; print(hashlib.pbkdf2_hmac('sha256', bytes.fromhex(sys.argv[1]),"
            + " bytes.fromhex(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])).hex())",
          hex(Array(pin.utf8)), hex(salt), String(iterations), String(length),
        ])
      #expect(
        hex(ours) == theirs,
        "pin \(pin), salt \(hex(salt)), \(iterations) iterations, \(length) bytes")
    }
  }

  // MARK: PinHash

  @Test func pinHashVerifiesTheRightPinOnly() {
    let stored = PinHash.make(pin: "4821", iterations: 1000)
    #expect(stored.iterations == 1000)
    #expect(stored.salt.count == 16)
    #expect(stored.hash.count == 32)
    #expect(stored.verify("4821"))
    #expect(!stored.verify("4822"))
    #expect(!stored.verify(""))
    #expect(!stored.verify("48210"))
    #expect(!stored.verify(" 4821"))
    #expect(
      stored.hash
        == PBKDF2.pbkdf2SHA256(
          password: Array("4821".utf8), salt: stored.salt, iterations: 1000, length: 32))
  }

  @Test func samePinTwiceGivesDifferentHashes() {
    let first = PinHash.make(pin: "1234", iterations: 100)
    let second = PinHash.make(pin: "1234", iterations: 100)
    #expect(first.salt != second.salt)
    #expect(first.hash != second.hash)
    #expect(first != second)
    #expect(first.encoded != second.encoded)
    #expect(first.verify("1234") && second.verify("1234"))
  }

  @Test func encodedFormRoundTrips() throws {
    let stored = PinHash.make(pin: "987654", iterations: 1234)
    let text = stored.encoded
    #expect(text == "pbkdf2-sha256$1234$\(hex(stored.salt))$\(hex(stored.hash))")
    let back = try #require(PinHash(encoded: text))
    #expect(back == stored)
    #expect(back.iterations == 1234)
    #expect(back.salt == stored.salt)
    #expect(back.hash == stored.hash)
    #expect(back.verify("987654"))
    #expect(!back.verify("987655"))
  }

  @Test func encodedFormOfAKnownVector() throws {
    // pbkdf2-sha256 of "password" with salt "salt", 4096 rounds.
    let text =
      "pbkdf2-sha256$4096$73616c74$c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"
    let stored = try #require(PinHash(encoded: text))
    #expect(stored.verify("password"))
    #expect(!stored.verify("Password"))
    #expect(stored.encoded == text)
  }

  @Test func malformedEncodingsAreRejected() {
    let salt = "00112233445566778899aabbccddeeff"
    let hash = "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"
    #expect(PinHash(encoded: "pbkdf2-sha256$1000$\(salt)$\(hash)") != nil)
    let bad = [
      "",
      "$$$",
      "pbkdf2-sha256",
      "pbkdf2-sha256$1000$\(salt)",
      "pbkdf2-sha256$1000$\(salt)$\(hash)$",
      "pbkdf2-sha256$1000$\(salt)$\(hash)$extra",
      "pbkdf2-sha512$1000$\(salt)$\(hash)",
      "PBKDF2-SHA256$1000$\(salt)$\(hash)",
      " pbkdf2-sha256$1000$\(salt)$\(hash)",
      "pbkdf2-sha256$1000$\(salt)$\(hash) ",
      "pbkdf2-sha256$1000$\(salt)$\(hash)\n",
      "pbkdf2-sha256$$\(salt)$\(hash)",
      "pbkdf2-sha256$0$\(salt)$\(hash)",
      "pbkdf2-sha256$-1000$\(salt)$\(hash)",
      "pbkdf2-sha256$+1000$\(salt)$\(hash)",
      "pbkdf2-sha256$01000$\(salt)$\(hash)",
      "pbkdf2-sha256$1e3$\(salt)$\(hash)",
      "pbkdf2-sha256$１０００$\(salt)$\(hash)",
      "pbkdf2-sha256$10000001$\(salt)$\(hash)",
      "pbkdf2-sha256$99999999999999999999999$\(salt)$\(hash)",
      "pbkdf2-sha256$1000$$\(hash)",
      "pbkdf2-sha256$1000$0$\(hash)",
      "pbkdf2-sha256$1000$0g$\(hash)",
      "pbkdf2-sha256$1000$\(salt.uppercased())$\(hash)",
      "pbkdf2-sha256$1000$\(String(repeating: "ab", count: 65))$\(hash)",
      "pbkdf2-sha256$1000$\(salt)$",
      "pbkdf2-sha256$1000$\(salt)$\(hash.dropLast(2))",
      "pbkdf2-sha256$1000$\(salt)$\(hash)00",
      "pbkdf2-sha256$1000$\(salt)$\(hash.dropLast())",
      "pbkdf2-sha256$1000$\(salt)$\(hash.dropLast())x",
      "pbkdf2-sha256$1000$\(salt)$\(hash.dropLast())é",
    ]
    for text in bad {
      #expect(PinHash(encoded: text) == nil, "accepted \(text.debugDescription)")
    }
  }

  @Test func descriptionsHideTheSecrets() {
    let stored = PinHash.make(pin: "2468", iterations: 50)
    let saltHex = hex(stored.salt)
    let hashHex = hex(stored.hash)
    var dumped = ""
    dump(stored, to: &dumped)
    let shown = [
      String(describing: stored), String(reflecting: stored), "\(stored)", dumped,
      String(describing: [stored]), String(describing: Optional(stored)),
    ]
    for text in shown {
      #expect(!text.contains(saltHex), "\(text)")
      #expect(!text.contains(hashHex), "\(text)")
      #expect(!text.contains(saltHex.prefix(8)), "\(text)")
      #expect(!text.contains(hashHex.prefix(8)), "\(text)")
      // No decimal byte lists either (the default [UInt8] rendering).
      #expect(!text.contains(stored.salt.map(String.init).joined(separator: ", ")), "\(text)")
      #expect(!text.contains(stored.hash.map(String.init).joined(separator: ", ")), "\(text)")
    }
    #expect(String(describing: stored) == "PinHash(oculto)")
    #expect(String(reflecting: stored) == "PinHash(oculto)")
  }

  @Test func constantTimeEqualBasics() {
    #expect(PinHash.constantTimeEqual([], []))
    #expect(PinHash.constantTimeEqual([1, 2, 3], [1, 2, 3]))
    #expect(!PinHash.constantTimeEqual([1, 2, 3], [1, 2, 4]))
    #expect(!PinHash.constantTimeEqual([0, 2, 3], [1, 2, 3]))
    #expect(!PinHash.constantTimeEqual([1, 2, 3], [1, 2]))
    #expect(!PinHash.constantTimeEqual([1, 2], [1, 2, 3]))
    #expect(!PinHash.constantTimeEqual([], [0]))
    #expect(!PinHash.constantTimeEqual([0], []))
    #expect(!PinHash.constantTimeEqual([0x80], [0x00]))
    let a = (0..<32).map { UInt8($0) }
    for i in a.indices {
      for bit in 0..<8 {
        var b = a
        b[i] ^= 1 << bit
        #expect(!PinHash.constantTimeEqual(a, b))
      }
    }
  }

  /// The default round count, and how long one default `make` and `verify`
  /// take (printed, not asserted; a debug build is many times slower).
  @Test func defaultMakeUses210000IterationsAndLogsItsTime() {
    let clock = ContinuousClock()
    var made: PinHash?
    let makeTime = clock.measure { made = PinHash.make(pin: "135790") }
    guard let stored = made else { return }
    #expect(stored.iterations == 210_000)
    #expect(stored.encoded.hasPrefix("pbkdf2-sha256$210000$"))
    var ok = false
    let verifyTime = clock.measure { ok = stored.verify("135790") }
    #expect(ok)
    #if DEBUG
      let build = "debug"
    #else
      let build = "release"
    #endif
    print(
      "SecurityTests: PinHash.make (210000 iteraciones) \(makeTime), verify \(verifyTime) [\(build)]"
    )
  }
}

// MARK: Helpers

private func hex(_ bytes: [UInt8]) -> String {
  bytes.map { String(format: "%02x", $0) }.joined()
}

private func hexBytes(_ text: String) -> [UInt8] {
  let chars = Array(text.utf8)
  return stride(from: 0, to: chars.count, by: 2).map {
    UInt8(String(decoding: chars[$0..<$0 + 2], as: UTF8.self), radix: 16)!
  }
}

/// HMAC straight from RFC 2104, through the one-shot hash.
private func referenceHMAC(key: [UInt8], message: [UInt8]) -> [UInt8] {
  var k = key.count > 64 ? SHA256.hash(key) : key
  k += [UInt8](repeating: 0, count: 64 - k.count)
  let inner = SHA256.hash(k.map { $0 ^ 0x36 } + message)
  return SHA256.hash(k.map { $0 ^ 0x5c } + inner)
}

/// PBKDF2 straight from RFC 8018, through the public HMAC.
private func referencePBKDF2(password: [UInt8], salt: [UInt8], iterations: Int, length: Int)
  -> [UInt8]
{
  var out: [UInt8] = []
  var index: UInt32 = 1
  while out.count < length {
    let be = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: index >> $0) }
    var u = HMAC.hmacSHA256(key: password, message: salt + be)
    var t = u
    for _ in 1..<max(iterations, 1) {
      u = HMAC.hmacSHA256(key: password, message: u)
      for i in t.indices { t[i] ^= u[i] }
    }
    out += t.prefix(length - out.count)
    index += 1
  }
  return out
}

private let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

/// The first executable `python3` on PATH, if any.
private let python3: String? = {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  for dir in path.split(separator: ":") {
    let candidate = String(dir) + "/python3"
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
  }
  return nil
}()

/// Runs python3 and returns its standard output, trimmed; throws when it
/// does not exit with status 0.
private func runPython(_ python: String, _ arguments: [String]) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  process.arguments = arguments
  let output = Pipe()
  process.standardOutput = output
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  struct PythonFailed: Error { let status: Int32 }
  guard process.terminationStatus == 0 else {
    throw PythonFailed(status: process.terminationStatus)
  }
  return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
