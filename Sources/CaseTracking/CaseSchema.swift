import Foundation
import GRDB

/// The case database's tables, and how an older file is brought up to date.
enum CaseSchema {
    static func migrator(key: SecondFactorKey) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // The first schema, as kiosks before the privacy change created it: it held owners' full ID numbers
        // and phones, which the next migration removes.
        migrator.registerMigration("cases-v1") { db in
            try db.execute(sql: """
                CREATE TABLE cases (
                    receipt TEXT PRIMARY KEY NOT NULL,
                    procedure_code TEXT NOT NULL,
                    owner_name TEXT NOT NULL,
                    owner_id TEXT NOT NULL,
                    phone TEXT,
                    channel TEXT NOT NULL CHECK (channel IN ('in_person', 'online', 'post')),
                    submitted_at TEXT,
                    received_at TEXT,
                    appointment TEXT,
                    finished_at TEXT,
                    returned_at TEXT,
                    status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
                    handling_agency TEXT NOT NULL,
                    collect_at TEXT,
                    postal_address TEXT,
                    missing_documents TEXT NOT NULL DEFAULT '[]',
                    amounts_due TEXT NOT NULL DEFAULT '[]',
                    is_demo INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                CREATE TABLE case_history (
                    receipt TEXT NOT NULL REFERENCES cases(receipt) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    time TEXT NOT NULL,
                    from_unit TEXT NOT NULL,
                    action TEXT NOT NULL,
                    to_unit TEXT,
                    note TEXT,
                    PRIMARY KEY (receipt, position)
                ) WITHOUT ROWID;
                """)
        }
        // Only what a kiosk shows: the name masked, the address from the ward on, the ID's last 4 digits as a
        // keyed hash; the full ID and the phone are dropped. The caller then rewrites the file (VACUUM).
        migrator.registerMigration("cases-v2-private") { db in
            try db.execute(sql: """
                ALTER TABLE cases ADD COLUMN masked_name TEXT NOT NULL DEFAULT '';
                ALTER TABLE cases ADD COLUMN second_factor BLOB;
                """)
            let rows = try Row.fetchAll(db, sql: "SELECT receipt, owner_name, owner_id, postal_address FROM cases")
            for row in rows {
                let text: String = row["receipt"]
                guard let receipt = ReceiptNumber(parsing: text) else { continue }
                let incoming = IncomingCase(
                    record: CaseRecord(receipt: receipt, procedureCode: "", channel: .inPerson, receivedAt: nil,
                                       appointment: nil, status: .received, handlingAgency: "",
                                       postalAddress: row["postal_address"]),
                    owner: CaseOwner(name: row["owner_name"], idNumber: row["owner_id"]))
                let kept = incoming.reduced(using: key)
                try db.execute(
                    sql: "UPDATE cases SET masked_name = ?, second_factor = ?, postal_address = ? WHERE receipt = ?",
                    arguments: [kept.maskedName, kept.secondFactor.map { Data($0.bytes) }, kept.postalAddress, text])
            }
            try db.execute(sql: """
                ALTER TABLE cases DROP COLUMN owner_name;
                ALTER TABLE cases DROP COLUMN owner_id;
                ALTER TABLE cases DROP COLUMN phone;
                """)
        }
        // Failed look-ups per receipt number and per kiosk (times in seconds since 1970), and the key's
        // fingerprint.
        migrator.registerMigration("guesses-v1") { db in
            try db.execute(sql: """
                CREATE TABLE receipt_guesses (
                    receipt TEXT PRIMARY KEY NOT NULL,
                    failures INTEGER NOT NULL,
                    window_start REAL,
                    last_failure REAL,
                    locked_until REAL
                ) WITHOUT ROWID;
                CREATE TABLE kiosk_guesses (
                    kiosk TEXT PRIMARY KEY NOT NULL,
                    level REAL NOT NULL,
                    updated REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE settings (
                    name TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        // Citizens' ratings: the per-case form and quick ratings. `id` is the idempotency key; answers are JSON
        // (indicator number → score); `satisfied` is the overall answer's verdict, NULL when not asked.
        migrator.registerMigration("ratings-v1") { db in
            try db.execute(sql: """
                CREATE TABLE ratings (
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('case', 'quick')),
                    receipt TEXT,
                    procedure_code TEXT,
                    agency TEXT,
                    field TEXT,
                    counter TEXT,
                    kiosk TEXT NOT NULL,
                    answers TEXT NOT NULL,
                    complaints TEXT NOT NULL DEFAULT '[]',
                    score INTEGER NOT NULL,
                    satisfied INTEGER,
                    time REAL NOT NULL,
                    is_demo INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                CREATE INDEX ratings_by_time ON ratings (time);
                CREATE INDEX ratings_by_receipt ON ratings (receipt) WHERE receipt IS NOT NULL;
                CREATE INDEX ratings_by_kiosk ON ratings (kiosk, kind, time);
                """)
        }
        // Damage a look-up can see: a check number over each row (NULL for rows written before, accepted), and
        // the receipt numbers once more in an index of their own pages, so that a number missing from the
        // table but present in the index is a damaged file, not an unknown number.
        migrator.registerMigration("cases-v3-damage") { db in
            try db.execute(sql: """
                ALTER TABLE cases ADD COLUMN row_check INTEGER;
                CREATE UNIQUE INDEX cases_receipts ON cases (receipt);
                """)
        }
        // The counts of failed look-ups under a keyed hash of the number (`SecondFactorKey.guessKey`), not the
        // number: `receipt` is kept only for a locked number that is a case's (staff list those to unlock).
        migrator.registerMigration("guesses-v2-hashed") { db in
            try db.execute(sql: """
                CREATE TABLE receipt_guesses_hashed (
                    receipt_key TEXT PRIMARY KEY NOT NULL,
                    receipt TEXT,
                    failures INTEGER NOT NULL,
                    window_start REAL,
                    last_failure REAL,
                    locked_until REAL
                ) WITHOUT ROWID;
                """)
            for row in try Row.fetchAll(db, sql: "SELECT * FROM receipt_guesses") {
                guard let receipt = ReceiptNumber(parsing: row["receipt"]) else { continue }
                let shown = try (row["locked_until"] as Double?) != nil && SQLiteCaseStore.holds(receipt, db)
                try db.execute(sql: """
                    INSERT INTO receipt_guesses_hashed (receipt_key, receipt, failures, window_start, last_failure,
                        locked_until) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [key.guessKey(receipt), shown ? receipt.description : nil,
                                     row["failures"], row["window_start"], row["last_failure"], row["locked_until"]])
            }
            try db.execute(sql: """
                DROP TABLE receipt_guesses;
                ALTER TABLE receipt_guesses_hashed RENAME TO receipt_guesses;
                """)
        }
        // Ratings at the counter (the device facing the citizen): a third kind, with the officer who served and
        // the ticket. SQLite cannot widen a CHECK in place: the table is made again and its rows copied.
        migrator.registerMigration("ratings-v2-counter") { db in
            try db.execute(sql: """
                CREATE TABLE ratings_v2 (
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('case', 'quick', 'counter')),
                    receipt TEXT,
                    procedure_code TEXT,
                    agency TEXT,
                    field TEXT,
                    counter TEXT,
                    officer TEXT,
                    ticket TEXT,
                    kiosk TEXT NOT NULL,
                    answers TEXT NOT NULL,
                    complaints TEXT NOT NULL DEFAULT '[]',
                    score INTEGER NOT NULL,
                    satisfied INTEGER,
                    time REAL NOT NULL,
                    is_demo INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                INSERT INTO ratings_v2 (id, kind, receipt, procedure_code, agency, field, counter, kiosk, answers,
                    complaints, score, satisfied, time, is_demo)
                SELECT id, kind, receipt, procedure_code, agency, field, counter, kiosk, answers, complaints, score,
                    satisfied, time, is_demo FROM ratings;
                DROP TABLE ratings;
                ALTER TABLE ratings_v2 RENAME TO ratings;
                CREATE INDEX ratings_by_time ON ratings (time);
                CREATE INDEX ratings_by_receipt ON ratings (receipt) WHERE receipt IS NOT NULL;
                CREATE INDEX ratings_by_kiosk ON ratings (kiosk, kind, time);
                """)
        }
        // Credits of the agency's bank statement (`kiosk payments import`), keyed by the bank's reference so a
        // statement imported twice changes nothing; beside the cases, so an import of a case does not lose them.
        // In a hall's local copy, the server's transfers of each copied case (no kind: the server reconciled them).
        migrator.registerMigration("payments-v1") { db in
            try db.execute(sql: """
                CREATE TABLE payment_notices (
                    reference TEXT PRIMARY KEY NOT NULL,
                    receipt TEXT,
                    amount INTEGER NOT NULL,
                    credited TEXT NOT NULL,
                    kind TEXT CHECK (kind IN ('matched', 'partial', 'over', 'not_due', 'no_receipt')),
                    due INTEGER,
                    imported_at REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX payment_notices_by_receipt ON payment_notices (receipt) WHERE receipt IS NOT NULL;
                """)
        }
        // Searches as citizens typed them (folded, no personal number), for the operators who keep search.yaml:
        // kept `search.keep_days`, then forgotten.
        migrator.registerMigration("searches-v1") { db in
            try db.execute(sql: """
                CREATE TABLE searches (
                    id TEXT PRIMARY KEY NOT NULL,
                    kiosk TEXT NOT NULL,
                    time REAL NOT NULL,
                    query TEXT NOT NULL,
                    results INTEGER NOT NULL,
                    opened TEXT,
                    rank INTEGER,
                    previous TEXT
                ) WITHOUT ROWID;
                CREATE INDEX searches_by_time ON searches (time);
                """)
        }
        // Each failed look-up removes the counts that have run out: found by these, not by reading every count
        // (which made a failure cost as much as the counts kept).
        migrator.registerMigration("guesses-v3-expiry") { db in
            try db.execute(sql: """
                CREATE INDEX receipt_guesses_locks ON receipt_guesses (locked_until) WHERE locked_until IS NOT NULL;
                CREATE INDEX receipt_guesses_windows ON receipt_guesses (coalesce(window_start, last_failure, 0))
                    WHERE locked_until IS NULL;
                """)
        }
        return migrator
    }

    /// Records which key the second factors were made with; refuses a key other than the one the cases here
    /// were imported with (every look-up would fail as "no such case").
    static func adopt(_ key: SecondFactorKey, _ pool: DatabasePool) throws {
        try pool.write { db in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = 'factor_key'")
            if stored == key.fingerprint { return }
            let hashed = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE second_factor IS NOT NULL") ?? 0
            if let stored, hashed > 0 {
                throw KeyMismatch(cases: hashed, stored: stored, ours: key.fingerprint)
            }
            try db.execute(sql: "INSERT OR REPLACE INTO settings (name, value) VALUES ('factor_key', ?)",
                           arguments: [key.fingerprint])
        }
    }
}

/// The database's second factors were made with another key than this kiosk's.
struct KeyMismatch: Error, CustomStringConvertible {
    let cases: Int
    let stored: String
    let ours: String

    var description: String {
        "its \(cases) case(s) were imported with another second-factor key (fingerprint \(stored); this kiosk's "
            + "is \(ours)): copy the hall's key file here, or import the cases again"
    }
}
