import TiendaStore

extension Schema {
  /// Migration 15: gift cards as a liability (DESIGN §8.9, §8.12).
  ///
  /// - `gift_cards`: one row per card, written once: its code (given or
  ///   generated; unique once folded: case and accents aside) and its face
  ///   amount.
  /// - `gift_card_moves`: the card's ledger; its balance is the sum of
  ///   `amount` (issue +, redemption −, refund to the card +, void −). Each
  ///   move has its register, session, time and user, and the sale or
  ///   refund it belongs to. The issue carries its own payment (method,
  ///   amount, tendered, change, rounding, reference): it is not a sale. A
  ///   void carries how the rest was paid back (`method` NULL: `sin
  ///   reembolso`).
  /// - Both are ledgers: no update, no delete, no replace; a move needs an
  ///   open session, like a payment.
  /// - `tarjeta-regalo` becomes payable (available and active).
  ///
  /// The SQL below is frozen: it must produce the same thing forever.
  static let giftCards = Migration(
    version: 15,
    sql: """
      CREATE TABLE gift_cards(
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL CHECK (code <> ''),
        code_folded TEXT NOT NULL UNIQUE,
        amount INTEGER NOT NULL CHECK (amount > 0),
        register_id INTEGER NOT NULL REFERENCES registers(id),
        issued_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE gift_card_moves(
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES gift_cards(id),
        kind TEXT NOT NULL CHECK (kind IN ('emisión', 'canje', 'reintegro', 'anulación')),
        amount INTEGER NOT NULL,
        register_id INTEGER NOT NULL REFERENCES registers(id),
        session_id INTEGER NOT NULL REFERENCES cash_sessions(id),
        at INTEGER NOT NULL,
        user_name TEXT,
        approved_by TEXT,
        sale_id INTEGER REFERENCES sales(id),
        refund_id INTEGER REFERENCES refunds(id),
        method TEXT,
        paid INTEGER NOT NULL DEFAULT 0,
        tendered INTEGER NOT NULL DEFAULT 0,
        change INTEGER NOT NULL DEFAULT 0,
        rounding INTEGER NOT NULL DEFAULT 0,
        reference TEXT,
        reason TEXT NOT NULL DEFAULT '',
        CHECK (CASE kind
          WHEN 'emisión' THEN amount > 0 AND method IS NOT NULL AND sale_id IS NULL
            AND refund_id IS NULL
          WHEN 'canje' THEN amount < 0 AND sale_id IS NOT NULL AND refund_id IS NULL
          WHEN 'reintegro' THEN amount > 0 AND refund_id IS NOT NULL
          ELSE amount < 0 AND sale_id IS NULL AND refund_id IS NULL END)
      ) STRICT;
      CREATE INDEX gift_card_moves_card ON gift_card_moves(card_id, id);
      CREATE INDEX gift_card_moves_session ON gift_card_moves(session_id, kind);
      CREATE INDEX gift_card_moves_sale ON gift_card_moves(sale_id) WHERE sale_id IS NOT NULL;
      CREATE INDEX gift_card_moves_refund ON gift_card_moves(refund_id)
        WHERE refund_id IS NOT NULL;
      CREATE TRIGGER gift_cards_no_update BEFORE UPDATE ON gift_cards
        BEGIN SELECT RAISE(ABORT, 'una tarjeta de regalo emitida no se puede modificar'); END;
      CREATE TRIGGER gift_cards_no_delete BEFORE DELETE ON gift_cards
        BEGIN SELECT RAISE(ABORT, 'una tarjeta de regalo emitida no se puede borrar'); END;
      CREATE TRIGGER gift_cards_no_replace BEFORE INSERT ON gift_cards
        WHEN EXISTS (SELECT 1 FROM gift_cards WHERE id = NEW.id
          OR code_folded = NEW.code_folded)
        BEGIN SELECT RAISE(ABORT, 'una tarjeta de regalo emitida no se puede reemplazar'); END;
      CREATE TRIGGER gift_card_moves_no_update BEFORE UPDATE ON gift_card_moves
        BEGIN SELECT RAISE(ABORT, 'un movimiento de tarjeta de regalo no se puede modificar'); END;
      CREATE TRIGGER gift_card_moves_no_delete BEFORE DELETE ON gift_card_moves
        BEGIN SELECT RAISE(ABORT, 'un movimiento de tarjeta de regalo no se puede borrar'); END;
      CREATE TRIGGER gift_card_moves_session_open BEFORE INSERT ON gift_card_moves
        WHEN (SELECT closed_at FROM cash_sessions WHERE id = NEW.session_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'la sesión de caja ya está cerrada'); END;
      CREATE TRIGGER gift_card_moves_no_replace BEFORE INSERT ON gift_card_moves
        WHEN EXISTS (SELECT 1 FROM gift_card_moves WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'un movimiento de tarjeta de regalo no se puede reemplazar'); END;
      UPDATE payment_methods SET available = 1, active = 1 WHERE name = 'tarjeta-regalo';
      """)
}
