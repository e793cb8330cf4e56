// Benchmark of catalog look-ups on a real shop file: Tab completion, naming
// a product and `buscar`, timed in-process (median of many runs), plus the
// peak memory. Used by Scripts/bench-catalog.sh; not part of the product.
//
//   tienda-bench <shop.db> <rondas>

import TiendaCore
import TiendaShell

#if canImport(Glibc)
  import Glibc
#endif

func microseconds() -> Int {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return ts.tv_sec * 1_000_000 + ts.tv_nsec / 1000
}

func median(_ values: [Int]) -> Int {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}

func time(_ rounds: Int, _ body: () throws -> Void) rethrows -> (median: Int, worst: Int) {
  var samples: [Int] = []
  for _ in 0..<rounds {
    let start = microseconds()
    try body()
    samples.append(microseconds() - start)
  }
  return (median(samples), samples.max() ?? 0)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  print("uso: tienda-bench <tienda.db> [rondas]")
  exit(2)
}
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200
let shop = try Shop.open(path: arguments[1])
let context = ShellContext(shop: shop, writeOut: { _ in }, writeErr: { _ in })
let completer = Completer(context: context)
let products = try shop.catalog.activeProductCount()
print("Catálogo: \(products) productos activos; \(rounds) rondas por figura (µs: mediana / peor)")

let lines = [
  "editar producto e", "editar producto empanada", "editar producto emp pi", "stock PRD1",
  "ver producto cer",
]
for line in lines {
  let t = time(rounds) { _ = completer.complete(line) }
  let n = completer.complete(line).candidates.count
  print("  Tab «\(line)» (\(n) candidatos)".padding(48) + "\(t.median) / \(t.worst)")
}
for name in ["empanada pino 12345", "emp pi 777", "PRD00042", "7800000000017"] {
  let t = time(rounds) { _ = try? shop.catalog.findProduct(name) }
  print("  nombrar «\(name)»".padding(48) + "\(t.median) / \(t.worst)")
}
for text in ["pino", "cerveza lata", "queso 99"] {
  let t = try time(rounds) { _ = try shop.catalog.searchProducts(text) }
  print("  buscar «\(text)»".padding(48) + "\(t.median) / \(t.worst)")
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("  memoria máxima (MiB)".padding(48) + String(usage.ru_maxrss / 1024))

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
