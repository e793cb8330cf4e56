import Foundation
import Testing

/// Issue 16 («Must hold»): RUT validation agrees with an independent
/// implementation (`Tests/oracles/rut_cases.py`, python-stdnum's
/// `stdnum.cl.rut`) on thousands of generated cases: check digits K and 0,
/// bodies under 10 million, with and without dots, `k` and `K`, wrong
/// digits. Each case goes through the binary (`crear cliente … rut …`);
/// the valid ones are stored canonical and printed as stdnum formats them,
/// the others are refused and store nothing.
@Suite struct CustomerRutTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  struct Case: Decodable {
    let text: String
    let valid: Bool
    let canonical: String?
    let formatted: String?
  }

  func generate(seed: Int, count: Int) throws -> [Case] {
    // The python3 of the PATH, where Scripts/test.sh installs python-stdnum.
    let r = try box.run(
      "/usr/bin/env",
      [
        "python3", PackagePaths.root.appendingPathComponent("Tests/oracles/rut_cases.py").path,
        String(seed), String(count),
      ])
    try #require(r.status == 0, "python-stdnum (stdnum.cl.rut) is needed: \(r.transcript)")
    return try JSONDecoder().decode([Case].self, from: Data(r.stdout.utf8))
  }

  @Test func threeThousandRutsAgreeWithStdnum() throws {
    let cases = try generate(seed: 16, count: 3000)
    #expect(cases.contains { $0.valid } && cases.contains { !$0.valid })
    #expect(cases.filter { $0.text.hasSuffix("k") || $0.text.hasSuffix("K") }.count > 100)
    let script =
      cases.enumerated().map { i, c in "crear cliente \"R\(i)\" rut \(c.text)" }
      .joined(separator: "\n") + "\n"
    let r = try box.tienda(["--seguir", try box.write("ruts.tienda", script)])
    #expect(r.status == 1, "the invalid ones fail")
    let stored = Dictionary(
      uniqueKeysWithValues: try box.sqlite(box.db, "SELECT name || '|' || rut FROM customers")
        .stdout.split(separator: "\n").map { line -> (String, String) in
          let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
          return (parts[0], parts.count > 1 ? parts[1] : "")
        })
    var wrong: [String] = []
    for (i, c) in cases.enumerated() {
      let got = stored["R\(i)"]
      if c.valid && got != c.canonical {
        wrong.append("\(c.text): stored \(got ?? "nothing"), stdnum \(c.canonical!)")
      }
      if !c.valid && got != nil { wrong.append("\(c.text): stored \(got!), stdnum refuses it") }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10).joined(separator: "\n"))")
    // Printed as stdnum formats them.
    let listed = try jsonArray(try box.tienda(["-c", "listar clientes como json"]).stdout)
    let printed = Dictionary(
      uniqueKeysWithValues: listed.map { ($0["nombre"] as? String ?? "", $0["rut"] as? String) })
    var misprinted: [String] = []
    for (i, c) in cases.enumerated() where c.valid {
      if printed["R\(i)"] != c.formatted {
        misprinted.append("\(c.text): \(printed["R\(i)"].flatMap { $0 } ?? "—") ≠ \(c.formatted!)")
      }
    }
    #expect(misprinted.isEmpty, "\(misprinted.prefix(10).joined(separator: "\n"))")
  }
}
