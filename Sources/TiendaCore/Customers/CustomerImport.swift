/// A row of `importar clientes`: the values of one CSV line (nil: empty).
public struct CustomerImportRow: Sendable {
  public var line: Int
  public var name: String?
  public var rut: Rut?
  public var phone: String?
  public var email: String?
  public var address: String?
  public var group: String?
  public var creditLimit: Money?
  public var priceList: String?
  public var note: String?
  public var kind: CustomerKind?

  public init(line: Int) { self.line = line }
}

/// What `importar clientes` did.
public struct CustomerImportSummary: Sendable, Equatable {
  public var created = 0
  public var updated = 0
  public var unchanged = 0
}

/// A row of `importar clientes` refused: its line, its column when known,
/// and why. Nothing of the file was imported.
public struct CustomerImportError: Error {
  public let line: Int
  public let column: String?
  public let problem: any Error
}

extension Customers {
  /// `importar clientes archivo.csv`: all or nothing. A row whose RUT is an
  /// active customer's updates it with its non-empty values, as does a row
  /// without RUT naming the one active customer of that name (without RUT);
  /// any other row creates a customer (it needs a name).
  public func importCustomers(_ rows: [CustomerImportRow], file: String) throws
    -> CustomerImportSummary
  {
    try mutate { journal in
      var summary = CustomerImportSummary()
      var seen: [Rut: Int] = [:]
      var seenNames: [String: Int] = [:]
      for row in rows {
        do {
          if let rut = row.rut, !rut.isFinalConsumer {
            if let first = seen[rut] {
              throw CustomerImportError(
                line: row.line, column: "rut",
                problem: CustomerError.rutRepeatedInFile(rut: rut, line: first))
            }
            seen[rut] = row.line
          }
          if row.rut == nil, let name = row.name {
            // Two rows without RUT and one name would be one customer
            // (the second updates the first): said, not merged in silence.
            let folded = fold((try? NameRules.clean(name, thing: .customer)) ?? name)
            if let first = seenNames[folded] {
              throw CustomerImportError(
                line: row.line, column: "nombre",
                problem: CustomerError.nameRepeatedInFile(name: name, line: first))
            }
            seenNames[folded] = row.line
          }
          let byRut = try row.rut.flatMap {
            $0.isFinalConsumer
              ? nil : try CustomerInfoRow.withRut($0, in: db).first(where: \.active)
          }
          let existing = try byRut ?? namesakeWithoutRut(row)
          if let existing {
            var changes = CustomerChanges()
            changes.name = row.name
            changes.phone = row.phone
            changes.email = row.email
            changes.address = row.address
            changes.note = row.note
            changes.kind = row.kind
            if let group = row.group { changes.group = .set(group) }
            if let limit = row.creditLimit { changes.creditLimit = .set(limit) }
            if let list = row.priceList { changes.priceList = .set(list) }
            do {
              try edit(existing.rut?.formatted ?? existing.name, changes, found: existing)
              summary.updated += 1
            } catch CoreError.nothingToChange {
              summary.unchanged += 1
            }
          } else {
            guard let name = row.name else {
              throw CustomerImportError(
                line: row.line, column: "nombre", problem: CoreError.emptyName(.customer))
            }
            try create(
              CustomerDraft(
                name: name, rut: row.rut, phone: row.phone ?? "", email: row.email ?? "",
                address: row.address ?? "", group: row.group, creditLimit: row.creditLimit,
                priceList: row.priceList, note: row.note ?? "", kind: row.kind))
            summary.created += 1
          }
        } catch let error as CustomerImportError {
          throw error
        } catch {
          throw CustomerImportError(line: row.line, column: Self.column(of: error), problem: error)
        }
      }
      if summary.created + summary.updated > 0 {
        journal.record(
          "cliente.importar", entity: "customers",
          after: .object([
            ("archivo", .string(file)), ("creados", .int(Int64(summary.created))),
            ("actualizados", .int(Int64(summary.updated))),
          ]))
      }
      return summary
    }
  }

  /// A row without RUT names the one active customer of that name when it
  /// has no RUT either (an exported file imported back changes nothing;
  /// it used to create the customer again, a namesake nobody could name).
  func namesakeWithoutRut(_ row: CustomerImportRow) throws -> CustomerInfo? {
    guard row.rut == nil, let name = row.name else { return nil }
    let folded = fold((try? NameRules.clean(name, thing: .customer)) ?? name)
    let same = try CustomerInfoRow.activeNamed(folded: folded, in: db)
    guard same.count == 1, same[0].rut == nil else { return nil }
    return same[0]
  }

  /// The CSV column an error is about, when it says.
  static func column(of error: Error) -> String? {
    switch error {
    case CustomerError.rutInUse, CustomerError.rutRepeatedInFile: return "rut"
    case CustomerError.badPhone: return "teléfono"
    case CustomerError.badEmail: return "correo"
    case CoreError.notFound(.customerGroup, _, _): return "grupo"
    case CoreError.notFound(.priceList, _, _): return "lista"
    case CoreError.emptyName, CoreError.nameTooLong, CoreError.nameWithoutLetters,
      CustomerError.namesakeWithoutRutOrPhone:
      return "nombre"
    default: return nil
    }
  }
}
