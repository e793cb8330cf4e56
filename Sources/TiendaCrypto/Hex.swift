/// Lowercase hexadecimal text of bytes: digests, salts, blobs.
public enum Hex {
  /// `[0xAB, 0x01]` → `"ab01"`.
  public static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
    String(decoding: lowercaseBytes(bytes), as: UTF8.self)
  }

  /// The same as UTF-8 bytes (for a buffer being filled, such as COPY text).
  public static func lowercaseBytes(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.underestimatedCount * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return out
  }
}
