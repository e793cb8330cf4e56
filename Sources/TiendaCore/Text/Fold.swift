/// Folds text for matching: lower case, accents stripped, `ñ` → `n`.
///
/// The one function behind keywords, name matching, completion and the SQL
/// function `fold()`. Text shown to users keeps its accents.
///
/// ```swift
/// fold("CUPÓN") == "cupon"; fold("Ñandú") == "nandu"
/// ```
public func fold(_ text: String) -> String {
  var out = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    let v = scalar.value
    if v < 0x80 {
      if v >= 0x41 && v <= 0x5A {
        out.append(Unicode.Scalar(v + 32)!)
      } else {
        out.append(scalar)
      }
      continue
    }
    if v >= 0x0300 && v <= 0x036F { continue }  // combining marks
    if let mapped = foldTable[v] {
      out.append(contentsOf: mapped.unicodeScalars)
      continue
    }
    for lower in String(scalar).lowercased().unicodeScalars {
      if let mapped = foldTable[lower.value] {
        out.append(contentsOf: mapped.unicodeScalars)
      } else if !(lower.value >= 0x0300 && lower.value <= 0x036F) {
        out.append(lower)
      }
    }
  }
  return String(out)
}

/// Splits folded text into words: any character that is not a letter or a
/// digit separates (so `coca-cola` is two words).
public func foldedWords(_ text: String) -> [Substring] {
  let folded = fold(text)
  return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
}

private let foldTable: [UInt32: String] = {
  var table: [UInt32: String] = [:]
  let groups: [(String, String)] = [
    ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċčÇĆĈĊČ", "c"), ("ďđĎĐ", "d"),
    ("èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģĜĞĠĢ", "g"), ("ĥħĤĦ", "h"),
    ("ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"), ("ĺļľŀłĹĻĽĿŁ", "l"),
    ("ñńņňÑŃŅŇ", "n"), ("òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗřŔŖŘ", "r"),
    ("śŝşšŚŜŞŠ", "s"), ("ţťŧŢŤŦ", "t"), ("ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u"),
    ("ŵŴ", "w"), ("ýÿŷÝŸŶ", "y"), ("źżžŹŻŽ", "z"),
  ]
  for (letters, base) in groups {
    for scalar in letters.unicodeScalars { table[scalar.value] = base }
  }
  table[0xDF] = "ss"
  table[0xE6] = "ae"
  table[0xC6] = "ae"
  table[0x153] = "oe"
  table[0x152] = "oe"
  return table
}()

/// Orders text the Spanish way: case and accents ignored, `ñ` after `n`,
/// ties broken by the raw text so the order is total.
public func spanishCompare(_ a: String, _ b: String) -> Int {
  let ka = spanishSortKey(a)
  let kb = spanishSortKey(b)
  if ka != kb { return ka.lexicographicallyPrecedes(kb) ? -1 : 1 }
  if a == b { return 0 }
  return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1
}

/// Sort key: each scalar of the folded text doubled, `ñ` placed right after `n`.
func spanishSortKey(_ text: String) -> [UInt32] {
  var key: [UInt32] = []
  key.reserveCapacity(text.unicodeScalars.count)
  for scalar in text.unicodeScalars {
    let v = scalar.value
    if v == 0xF1 || v == 0xD1 {  // ñ Ñ
      key.append(UInt32(("n" as Unicode.Scalar).value) * 2 + 1)
      continue
    }
    for f in fold(String(scalar)).unicodeScalars { key.append(f.value * 2) }
  }
  return key
}

/// Edit distance over characters, counting a swap of two neighbours as one
/// edit (optimal string alignment), for "¿Quiso decir…?".
public func editDistance(_ a: String, _ b: String) -> Int {
  let x = Array(a)
  let y = Array(b)
  if x.isEmpty { return y.count }
  if y.isEmpty { return x.count }
  var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
  for i in 0...x.count { d[i][0] = i }
  for j in 0...y.count { d[0][j] = j }
  for i in 1...x.count {
    for j in 1...y.count {
      let cost = x[i - 1] == y[j - 1] ? 0 : 1
      d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
        d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[x.count][y.count]
}

/// The candidate closest to `word` (folded), if it is close enough to be a
/// plausible typo: at most a third of the longer word, and at most 3 edits.
public func closestMatch(to word: String, among candidates: [String]) -> String? {
  let target = fold(word)
  guard !target.isEmpty else { return nil }
  var best: (String, Int)?
  for candidate in candidates {
    let d = editDistance(target, fold(candidate))
    let limit = min(3, max(1, max(target.count, candidate.count) / 3))
    if d <= limit, best == nil || d < best!.1 { best = (candidate, d) }
  }
  return best?.0
}
