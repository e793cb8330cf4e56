/// Folds text for matching: lower case, accents stripped, `ñ` → `n`.
///
/// The one function behind keywords, name matching, completion and the SQL
/// function `fold()`. Text shown to users keeps its accents.
///
/// ```swift
/// fold("CUPÓN") == "cupon"; fold("Ñandú") == "nandu"
/// ```
public func fold(_ text: String) -> String {
  // Fast path: ASCII text only needs lower-casing (most keywords, SKUs, numbers).
  var ascii = true
  var upper = false
  for byte in text.utf8 {
    if byte >= 0x80 {
      ascii = false
      break
    }
    if byte >= 0x41 && byte <= 0x5A { upper = true }
  }
  if ascii {
    guard upper else { return text }
    return String(
      decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
  }
  var out = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    appendFolded(scalar, to: &out)
  }
  return String(out)
}

private func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
  let v = scalar.value
  if v < 0x80 {
    out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
    return
  }
  if v >= 0x0300 && v <= 0x036F { return }  // combining marks
  if let base = foldedLatin(v) {
    out.append(contentsOf: base.unicodeScalars)
    return
  }
  for lower in String(scalar).lowercased().unicodeScalars {
    if let base = foldedLatin(lower.value) {
      out.append(contentsOf: base.unicodeScalars)
    } else if !(lower.value >= 0x0300 && lower.value <= 0x036F) {
      out.append(lower)
    }
  }
}

/// The base letters of Latin-1 and Latin Extended-A letters with marks
/// (`Á` → `a`, `ñ` → `n`, `ß` → `ss`); nil for anything else.
func foldedLatin(_ v: UInt32) -> String? {
  switch v {
  case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
  case 0xC6, 0xE6: return "ae"
  case 0xC7, 0xE7, 0x106...0x10D: return "c"
  case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
  case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return "i"
  case 0xD0, 0xF0, 0x10E...0x111: return "d"
  case 0xD1, 0xF1, 0x143...0x148: return "n"
  case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return "o"
  case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return "u"
  case 0xDD, 0xFD, 0xFF, 0x176...0x178: return "y"
  case 0xDF: return "ss"
  case 0x11C...0x123: return "g"
  case 0x124...0x127: return "h"
  case 0x134, 0x135: return "j"
  case 0x136, 0x137: return "k"
  case 0x139...0x142: return "l"
  case 0x152, 0x153: return "oe"
  case 0x154...0x159: return "r"
  case 0x15A...0x161: return "s"
  case 0x162...0x167: return "t"
  case 0x174, 0x175: return "w"
  case 0x179...0x17E: return "z"
  default: return nil
  }
}

/// Splits folded text into words: any character that is not a letter or a
/// digit separates (so `coca-cola` is two words).
public func foldedWords(_ text: String) -> [Substring] {
  let folded = fold(text)
  return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
}

/// Orders text the Spanish way: case and accents ignored, `ñ` after `n`,
/// ties broken by the raw text so the order is total.
public func spanishCompare(_ a: String, _ b: String) -> Int {
  // Walks both strings once without building keys: SQLite calls this for
  // every comparison of an ORDER BY (about a million for 50.000 products).
  var ia = a.unicodeScalars.makeIterator()
  var ib = b.unicodeScalars.makeIterator()
  while true {
    let sa = ia.next()
    let sb = ib.next()
    switch (sa, sb) {
    case (nil, nil):
      if a == b { return 0 }
      return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1
    case (nil, _): return -1
    case (_, nil): return 1
    case (let x?, let y?):
      let kx = sortWeight(x)
      let ky = sortWeight(y)
      if kx != ky { return kx < ky ? -1 : 1 }
    }
  }
}

/// One scalar's weight in Spanish order: the folded letter doubled, `ñ`
/// right after `n`, combining marks ignored (weight 0 sorts them first, and
/// they only matter between otherwise equal names).
@inline(__always)
func sortWeight(_ scalar: Unicode.Scalar) -> UInt32 {
  let v = scalar.value
  if v < 0x80 { return (v >= 0x41 && v <= 0x5A ? v + 32 : v) * 2 }
  if v == 0xF1 || v == 0xD1 { return UInt32(("n" as Unicode.Scalar).value) * 2 + 1 }
  if let base = foldedLatin(v), let first = base.unicodeScalars.first { return first.value * 2 }
  if v >= 0x0300 && v <= 0x036F { return 0 }
  return v * 2
}

/// Edit distance over characters, counting a swap of two neighbours as one
/// edit (optimal string alignment), for "¿Quiso decir…?".
/// With `limit`, stops as soon as the distance must exceed it and returns
/// `limit + 1` (for suggestions, which only care about a few edits).
public func editDistance(_ a: String, _ b: String, limit: Int = Int.max) -> Int {
  boundedEditDistance(Array(a), Array(b), atMost: limit) ?? limit + 1
}

/// Edits between `x` and `y` (a swap of neighbours counts one) when at most
/// `bound`, else nil: stops as soon as a whole row is past the bound, so
/// far-off words cost little. Serves commands (`Character`) and product
/// names (`Unicode.Scalar`) alike.
func boundedEditDistance<E: Equatable>(_ x: [E], _ y: [E], atMost bound: Int) -> Int? {
  if bound < Int.max, abs(x.count - y.count) > bound { return nil }
  if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
  // Three rows of the table (the swap looks two rows back), no 2-D array.
  var before = [Int](repeating: 0, count: y.count + 1)
  var previous = Array(0...y.count)
  var current = [Int](repeating: 0, count: y.count + 1)
  for i in 1...x.count {
    current[0] = i
    var rowMinimum = i
    for j in 1...y.count {
      let cost = x[i - 1] == y[j - 1] ? 0 : 1
      var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
        d = min(d, before[j - 2] + 1)
      }
      current[j] = d
      rowMinimum = min(rowMinimum, d)
    }
    // Every later cell comes from this row or the one before it.
    if min(rowMinimum, previous.min()!) > bound { return nil }
    (before, previous, current) = (previous, current, before)
  }
  return previous[y.count] <= bound ? previous[y.count] : nil
}

/// The candidate closest to `word` (folded), if it is close enough to be a
/// plausible typo: at most a third of the longer word, and at most 3 edits.
public func closestMatch(to word: String, among candidates: [String]) -> String? {
  // Far longer than any word worth suggesting: not a typo (and a 1 MB word
  // must not cost an edit distance against each candidate).
  guard word.utf8.count <= 256 else { return nil }
  let target = fold(word)
  guard !target.isEmpty else { return nil }
  let length = target.count
  var best: (String, Int)?
  for candidate in candidates {
    let folded = fold(candidate)
    if abs(folded.count - length) > 3 { continue }  // cannot be within 3 edits
    let d = editDistance(target, folded)
    let limit = min(3, max(1, max(target.count, candidate.count) / 3))
    if d <= limit, best == nil || d < best!.1 { best = (candidate, d) }
  }
  return best?.0
}
