#if canImport(Glibc)
  import Glibc
#endif

/// libpq's functions, resolved with `dlopen("libpq.so.5")` the first time
/// tienda talks to a central server (DESIGN §8.16). tienda is built without
/// libpq's headers and never links it: these are its own declarations of
/// the few prototypes it calls (libpq has no variadic functions), so every
/// other command starts as if libpq did not exist (linking it costs 3-5 ms
/// at every start: ssl, Kerberos, LDAP…).
struct LibPQ: @unchecked Sendable {
  // PGconn *PQconnectdb(const char *conninfo);
  typealias ConnectDB = @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
  // ConnStatusType PQstatus(const PGconn *conn);  (CONNECTION_OK = 0)
  typealias Status = @convention(c) (OpaquePointer?) -> Int32
  // char *PQerrorMessage(const PGconn *conn);
  typealias ErrorMessage = @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
  // void PQfinish(PGconn *conn);  void PQclear(PGresult *res);
  typealias Release = @convention(c) (OpaquePointer?) -> Void
  // PGresult *PQexecParams(PGconn *, const char *command, int nParams,
  //   const Oid *paramTypes, const char * const *paramValues,
  //   const int *paramLengths, const int *paramFormats, int resultFormat);
  typealias ExecParams =
    @convention(c) (
      OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<UInt32>?,
      UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
    ) -> OpaquePointer?
  // PGresult *PQexec(PGconn *conn, const char *command);  (several statements)
  typealias Exec = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> OpaquePointer?
  // ExecStatusType PQresultStatus(const PGresult *res);
  typealias ResultStatus = @convention(c) (OpaquePointer?) -> Int32
  // char *PQresultErrorMessage(const PGresult *res);
  typealias ResultErrorMessage = @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
  // char *PQresultErrorField(const PGresult *res, int fieldcode);
  typealias ResultErrorField = @convention(c) (OpaquePointer?, Int32) -> UnsafePointer<CChar>?
  // int PQntuples(const PGresult *res);  int PQnfields(const PGresult *res);
  typealias Count = @convention(c) (OpaquePointer?) -> Int32
  // char *PQfname(const PGresult *res, int field_num);
  typealias FieldName = @convention(c) (OpaquePointer?, Int32) -> UnsafePointer<CChar>?
  // char *PQgetvalue(const PGresult *res, int row, int col);
  typealias GetValue = @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafePointer<CChar>?
  // int PQgetisnull(const PGresult *res, int row, int col);
  typealias GetIsNull = @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
  // char *PQcmdTuples(PGresult *res);
  typealias CommandTuples = @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
  // int PQputCopyData(PGconn *conn, const char *buffer, int nbytes);
  typealias PutCopyData = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Int32
  // int PQputCopyEnd(PGconn *conn, const char *errormsg);
  typealias PutCopyEnd = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Int32
  // PGresult *PQgetResult(PGconn *conn);  (NULL when the command is done)
  typealias GetResult = @convention(c) (OpaquePointer?) -> OpaquePointer?

  let connectDB: ConnectDB
  let status: Status
  let errorMessage: ErrorMessage
  let finish: Release
  let execParams: ExecParams
  let exec: Exec
  let resultStatus: ResultStatus
  let resultErrorMessage: ResultErrorMessage
  let resultErrorField: ResultErrorField
  let ntuples: Count
  let nfields: Count
  let fname: FieldName
  let getvalue: GetValue
  let getisnull: GetIsNull
  let cmdTuples: CommandTuples
  let clear: Release
  let putCopyData: PutCopyData
  let putCopyEnd: PutCopyEnd
  let getResult: GetResult

  /// `PGRES_COMMAND_OK`, `PGRES_TUPLES_OK`; `PG_DIAG_SQLSTATE` ('C').
  static let commandOK: Int32 = 1
  static let tuplesOK: Int32 = 2
  /// `PGRES_COPY_IN`: the server waits for COPY data.
  static let copyIn: Int32 = 4
  static let diagSQLState: Int32 = 67

  /// The library, loaded once; nil when `libpq.so.5` is not installed.
  static let shared: LibPQ? = load()

  private static func load() -> LibPQ? {
    guard let library = DynamicLibrary(firstOf: ["libpq.so.5", "libpq.so"]) else { return nil }
    func symbol<T>(_ name: String, _ type: T.Type) -> T? { library.symbol(name, type) }
    guard let connectDB = symbol("PQconnectdb", ConnectDB.self),
      let status = symbol("PQstatus", Status.self),
      let errorMessage = symbol("PQerrorMessage", ErrorMessage.self),
      let finish = symbol("PQfinish", Release.self),
      let execParams = symbol("PQexecParams", ExecParams.self),
      let exec = symbol("PQexec", Exec.self),
      let resultStatus = symbol("PQresultStatus", ResultStatus.self),
      let resultErrorMessage = symbol("PQresultErrorMessage", ResultErrorMessage.self),
      let resultErrorField = symbol("PQresultErrorField", ResultErrorField.self),
      let ntuples = symbol("PQntuples", Count.self),
      let nfields = symbol("PQnfields", Count.self),
      let fname = symbol("PQfname", FieldName.self),
      let getvalue = symbol("PQgetvalue", GetValue.self),
      let getisnull = symbol("PQgetisnull", GetIsNull.self),
      let cmdTuples = symbol("PQcmdTuples", CommandTuples.self),
      let clear = symbol("PQclear", Release.self),
      let putCopyData = symbol("PQputCopyData", PutCopyData.self),
      let putCopyEnd = symbol("PQputCopyEnd", PutCopyEnd.self),
      let getResult = symbol("PQgetResult", GetResult.self)
    else { return nil }
    return LibPQ(
      connectDB: connectDB, status: status, errorMessage: errorMessage, finish: finish,
      execParams: execParams, exec: exec, resultStatus: resultStatus,
      resultErrorMessage: resultErrorMessage,
      resultErrorField: resultErrorField, ntuples: ntuples, nfields: nfields, fname: fname,
      getvalue: getvalue, getisnull: getisnull, cmdTuples: cmdTuples, clear: clear,
      putCopyData: putCopyData, putCopyEnd: putCopyEnd, getResult: getResult)
  }
}
