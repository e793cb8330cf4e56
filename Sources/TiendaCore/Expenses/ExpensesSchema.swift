import TiendaStore

extension Schema {
  /// Migration 22: expenses, their categories and recurrence (issue 18,
  /// part B), and the right `compras` (DESIGN §8.5).
  ///
  /// - `expense_categories`: a name each (unique once folded).
  /// - `expense_recurrences`: a recurring expense's definition: every week
  ///   on a weekday (`day` 1 = lunes … 7), every month on day `day`
  ///   (clamped to the month's last day), every year on `month`/`day`.
  ///   `next_due` is the due day of the next instance not generated yet;
  ///   the opening reads its minimum along with the settings.
  /// - `expenses`: the ledger of expenses (amount paid out, no tax credit).
  ///   `day` is the day it counts in (its due day, else the day recorded);
  ///   an instance of a recurrence carries it and its `period` (the due
  ///   day, ISO): unique together, so a period is never generated twice,
  ///   whoever generates it.
  /// - `expense_payments`: partial payments allowed, never above the
  ///   expense; cash (`efectivo`) has the open session it left the drawer
  ///   from, other methods none.
  /// - `expense_voids`: voiding adds a row (with its reason); a voided
  ///   expense takes no payment.
  /// - The three are ledgers: no update, no delete, no replace.
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let expenses = Migration(
    version: 22,
    sql: """
      CREATE TABLE expense_categories(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        name_folded TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE expense_recurrences(
        id INTEGER PRIMARY KEY,
        description TEXT NOT NULL CHECK (description <> ''),
        amount INTEGER NOT NULL CHECK (amount > 0 AND amount <= 1000000000000),
        category_id INTEGER NOT NULL REFERENCES expense_categories(id),
        frequency TEXT NOT NULL CHECK (frequency IN ('semana', 'mes', 'año')),
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
        month INTEGER CHECK (month BETWEEN 1 AND 12),
        next_due TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        user_name TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE expenses(
        id INTEGER PRIMARY KEY,
        description TEXT NOT NULL CHECK (description <> ''),
        amount INTEGER NOT NULL CHECK (amount > 0 AND amount <= 1000000000000),
        category_id INTEGER NOT NULL REFERENCES expense_categories(id),
        day TEXT NOT NULL,
        due_day TEXT,
        recurrence_id INTEGER REFERENCES expense_recurrences(id),
        period TEXT,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        user_name TEXT,
        at INTEGER NOT NULL,
        CHECK ((recurrence_id IS NULL) = (period IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX expenses_recurrence_period ON expenses(recurrence_id, period)
        WHERE recurrence_id IS NOT NULL;
      CREATE INDEX expenses_day ON expenses(day);
      CREATE TABLE expense_payments(
        id INTEGER PRIMARY KEY,
        expense_id INTEGER NOT NULL REFERENCES expenses(id),
        method TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount > 0),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER REFERENCES cash_sessions(id),
        at INTEGER NOT NULL,
        user_name TEXT,
        CHECK ((method = 'efectivo') = (session_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX expense_payments_expense ON expense_payments(expense_id);
      CREATE INDEX expense_payments_session ON expense_payments(session_id)
        WHERE session_id IS NOT NULL;
      CREATE TABLE expense_voids(
        expense_id INTEGER PRIMARY KEY REFERENCES expenses(id),
        reason TEXT NOT NULL CHECK (reason <> ''),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        user_name TEXT,
        at INTEGER NOT NULL
      ) STRICT;

      CREATE TRIGGER expenses_no_update BEFORE UPDATE ON expenses
        BEGIN SELECT RAISE(ABORT, 'un gasto no se puede modificar'); END;
      CREATE TRIGGER expenses_no_delete BEFORE DELETE ON expenses
        BEGIN SELECT RAISE(ABORT, 'un gasto no se puede borrar'); END;
      CREATE TRIGGER expenses_no_replace BEFORE INSERT ON expenses
        WHEN EXISTS (SELECT 1 FROM expenses WHERE id = NEW.id OR (NEW.recurrence_id IS NOT NULL
          AND recurrence_id = NEW.recurrence_id AND period = NEW.period))
        BEGIN SELECT RAISE(ABORT, 'un gasto no se puede reemplazar'); END;
      CREATE TRIGGER expense_payments_no_update BEFORE UPDATE ON expense_payments
        BEGIN SELECT RAISE(ABORT, 'un pago de gasto no se puede modificar'); END;
      CREATE TRIGGER expense_payments_no_delete BEFORE DELETE ON expense_payments
        BEGIN SELECT RAISE(ABORT, 'un pago de gasto no se puede borrar'); END;
      CREATE TRIGGER expense_payments_no_replace BEFORE INSERT ON expense_payments
        WHEN EXISTS (SELECT 1 FROM expense_payments WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'un pago de gasto no se puede reemplazar'); END;
      CREATE TRIGGER expense_payments_not_over BEFORE INSERT ON expense_payments
        WHEN NEW.amount + (SELECT coalesce(sum(amount), 0) FROM expense_payments
          WHERE expense_id = NEW.expense_id) > (SELECT amount FROM expenses WHERE id = NEW.expense_id)
          OR EXISTS (SELECT 1 FROM expense_voids WHERE expense_id = NEW.expense_id)
        BEGIN SELECT RAISE(ABORT, 'el pago supera lo que falta del gasto, o está anulado'); END;
      CREATE TRIGGER expense_payments_session_open BEFORE INSERT ON expense_payments
        WHEN NEW.session_id IS NOT NULL
          AND (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER expense_voids_no_update BEFORE UPDATE ON expense_voids
        BEGIN SELECT RAISE(ABORT, 'una anulación de gasto no se puede modificar'); END;
      CREATE TRIGGER expense_voids_no_delete BEFORE DELETE ON expense_voids
        BEGIN SELECT RAISE(ABORT, 'una anulación de gasto no se puede borrar'); END;
      CREATE TRIGGER expense_voids_no_replace BEFORE INSERT ON expense_voids
        WHEN EXISTS (SELECT 1 FROM expense_voids WHERE expense_id = NEW.expense_id)
        BEGIN SELECT RAISE(ABORT, 'una anulación de gasto no se puede reemplazar'); END;

      UPDATE roles SET rights = rights || ',compras'
      WHERE code_folded IN ('supervisor', 'dueno')
        AND ',' || rights || ',' NOT LIKE '%,compras,%';
      """)
}
