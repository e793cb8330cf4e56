import Foundation
import Testing

/// `> archivo` and `exportar` can never harm the shop file (issue 13, item 2):
/// real symlinks planted where the export writes, and a shop opened through
/// a symlink.
@Suite struct FileSafetyTests {
  /// The shop's rows as `sqlite3` sees them, and its integrity check.
  func shopState(_ box: Sandbox, _ db: String) throws -> String {
    let check = try box.sqlite(db, "PRAGMA integrity_check; SELECT name FROM products ORDER BY 1;")
    return check.stdout + check.stderr
  }

  /// A symlink planted under the temporary name the export used to pick
  /// (`<archivo>.tienda-tmp-<pid>`, opened with O_TRUNC) pointing at the shop
  /// file: the export must not follow it.
  @Test func plantedTemporarySymlinkIsNeverFollowed() throws {
    let box = try Sandbox()
    try box.commands("crear producto \"Pan amasado\" precio 200", "crear producto Té precio 500")
    let before = try shopState(box, box.db)
    #expect(before.contains("ok") && before.contains("Pan amasado"))

    let process = Process()
    process.executableURL = URL(fileURLWithPath: PackagePaths.binary)
    process.arguments = ["--db", box.db]
    process.environment = box.environment
    process.currentDirectoryURL = box.dir
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    // The pid is known before the command is sent: plant the links now.
    let pid = process.processIdentifier
    let planted = ["salida.csv.tienda-tmp-\(pid)", "catalogo.csv.tienda-tmp-\(pid)"]
    for name in planted {
      try FileManager.default.createSymbolicLink(
        atPath: box.path(name), withDestinationPath: box.db)
    }
    input.fileHandleForWriting.write(
      Data("listar productos como csv > salida.csv\nexportar productos catalogo.csv\n".utf8))
    try input.fileHandleForWriting.close()
    let transcript = String(
      decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(transcript)")

    #expect(try shopState(box, box.db) == before, "the shop file must be untouched")
    for name in planted {
      let target = try FileManager.default.destinationOfSymbolicLink(atPath: box.path(name))
      #expect(target == box.db, "the planted link is left alone")
    }
    for name in ["salida.csv", "catalogo.csv"] {
      let attributes = try FileManager.default.attributesOfItem(atPath: box.path(name))
      #expect(attributes[.type] as? FileAttributeType == .typeRegular)
      let text = try String(contentsOfFile: box.path(name), encoding: .utf8)
      #expect(text.contains("Pan amasado"))
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: box.dir.path)
      .filter { $0.contains(".tienda-") && !planted.contains($0) }
    #expect(leftovers.isEmpty, "no temporary file is left: \(leftovers)")
  }

  /// The shop opened through a symlink: its real file, `-wal` and `-shm`
  /// (which SQLite keeps beside the real file) are refused, named directly or
  /// through another symlink, and the shop stays intact.
  @Test func shopOpenedThroughSymlinkProtectsItsRealFiles() throws {
    let box = try Sandbox()
    let realFolder = box.path("real")
    try FileManager.default.createDirectory(atPath: realFolder, withIntermediateDirectories: true)
    let real = realFolder + "/tienda.db"
    let link = box.path("enlace.db")
    try box.tienda(["--db", real, "-c", "crear categoría Bebidas"], useDB: false)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    try FileManager.default.createSymbolicLink(
      atPath: box.path("al-wal.csv"), withDestinationPath: real + "-wal")
    try FileManager.default.createSymbolicLink(
      atPath: box.path("al-shm.csv"), withDestinationPath: real + "-shm")

    let targets = [
      real, real + "-wal", real + "-shm", "real/tienda.db-wal", "al-wal.csv", "al-shm.csv",
      link,
    ]
    for target in targets {
      let result = try box.tienda(
        ["--db", link, "-c", "listar categorías > \(target)"], useDB: false)
      #expect(result.status == 1, "\(target): \(result.transcript)")
      #expect(
        result.stderr.contains("No puedo escribir la salida sobre el archivo de la tienda"),
        "\(target): \(result.transcript)")
      let check = try box.sqlite(real, "PRAGMA integrity_check; SELECT count(*) FROM categories;")
      #expect(check.stdout.hasPrefix("ok\n"), "\(target): \(check.stdout)\(check.stderr)")
    }
    let exported = try box.tienda(
      ["--db", link, "-c", "exportar productos real/tienda.db-shm"], useDB: false)
    #expect(exported.status == 1, "\(exported.transcript)")
    #expect(try box.sqlite(real, "PRAGMA integrity_check;").stdout == "ok\n")
  }

  /// Another shop file or a backup is never replaced by `> archivo`: a
  /// typo there destroyed a shop in a new-user trial. Checked with the
  /// file's SHA-256 before and after (hashlib as the oracle).
  @Test func anotherShopOrABackupIsNeverOverwrittenByARedirect() throws {
    let box = try Sandbox()
    let other = box.path("otra.db")
    #expect(
      try box.tienda(["--db", other, "-c", "crear producto Pan precio 1000"], useDB: false)
        .status == 0)
    try box.commands("crear producto Leche precio 900", "respaldar \(box.path("copia.db"))")
    let hash = { (path: String) throws -> String in
      try box.run(
        "/usr/bin/python3",
        [
          "-c",
          "import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())",
          path,
        ]
      ).stdout
    }
    for target in [other, box.path("copia.db")] {
      let before = try hash(target)
      for command in ["listar productos como csv > \(target)", "ventas como csv > \(target)"] {
        let r = try box.commands(command)
        #expect(r.status == 1, "\(r.transcript)")
        #expect(r.stderr.contains("es una base de datos"), "\(r.stderr)")
      }
      #expect(try hash(target) == before)
    }
    // A plain file is still replaced, as before.
    try box.write("viejo.csv", "x")
    #expect(try box.commands("listar productos como csv > \(box.path("viejo.csv"))").status == 0)
    #expect(try box.read("viejo.csv").contains("Leche"))
  }
}
