#ifndef TIENDA_CSQLITE_SHIM_H
#define TIENDA_CSQLITE_SHIM_H
/// The outbox (issue 23) records changes with the preupdate hook; Debian's
/// libsqlite3 is built with it, the header only declares it on request.
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer; Swift cannot import it.
static inline sqlite3_destructor_type tienda_sqlite_transient(void) { return SQLITE_TRANSIENT; }

/// sqlite3_db_config is variadic; wrap the one form we use.
static inline int tienda_sqlite_defensive(sqlite3 *db, int on) {
  return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, on, (int *)0);
}

/// Turns foreign-key enforcement on or off through the C API (no statement
/// to prepare); returns the setting now in effect (1 on, 0 off).
static inline int tienda_sqlite_foreign_keys(sqlite3 *db, int on) {
  int now = -1;
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, on, &now);
  return now;
}
/// Start-up: without memory statistics SQLite's malloc takes no mutex and
/// keeps no counters (about 1 M instructions of opening a shop file). Must
/// run before the first connection; harmless if SQLite is already initialised.
static inline int tienda_sqlite_memstatus_off(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif
