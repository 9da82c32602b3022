import Foundation
import Logging
import PostgresNIO

/// The hall server's tables, and how a server is brought up to the version this program needs.
///
/// Kiosks never change the schema (their role may not): `kiosk database migrate`, run by the operator with the
/// owner's role, does; a kiosk that finds another version says so (`kiosk doctor`) and answers from its copy.
/// Cases hold only what a kiosk may show, as in the embedded file: names masked, the second factor as a keyed
/// hash.
public enum HallSchema {
    /// The version this program reads and writes.
    public static let version = 11

    /// Each step, in order; step N brings a server from version N-1 to N.
    static let steps: [String] = [
        // 1: cases as the back office writes them, failed look-ups, ratings, settings (the second-factor key's
        // fingerprint). `version` numbers every change of a case, so that a kiosk copies only what changed
        // since its watermark; a removed case leaves its number in removed_cases; each change is announced on
        // the channel kiosk_cases.
        """
        CREATE TABLE kiosk_schema (version integer NOT NULL);
        INSERT INTO kiosk_schema (version) VALUES (0);
        CREATE SEQUENCE case_version;
        CREATE TABLE cases (
            receipt text PRIMARY KEY,
            procedure_code text NOT NULL,
            masked_name text NOT NULL DEFAULT '',
            second_factor bytea,
            channel text NOT NULL CHECK (channel IN ('in_person', 'online', 'post')),
            submitted_at text,
            received_at text,
            appointment text,
            finished_at text,
            returned_at text,
            status integer NOT NULL CHECK (status BETWEEN 1 AND 10),
            handling_agency text NOT NULL,
            collect_at text,
            postal_address text,
            missing_documents text NOT NULL DEFAULT '[]',
            amounts_due text NOT NULL DEFAULT '[]',
            history text NOT NULL DEFAULT '[]',
            is_demo boolean NOT NULL DEFAULT false,
            version bigint NOT NULL DEFAULT nextval('case_version')
        );
        CREATE INDEX cases_by_version ON cases (version);
        CREATE TABLE removed_cases (
            receipt text PRIMARY KEY,
            version bigint NOT NULL DEFAULT nextval('case_version')
        );
        CREATE FUNCTION kiosk_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                INSERT INTO removed_cases (receipt) VALUES (OLD.receipt)
                    ON CONFLICT (receipt) DO UPDATE SET version = nextval('case_version');
                PERFORM pg_notify('kiosk_cases', '');
                RETURN OLD;
            END IF;
            NEW.version := nextval('case_version');
            DELETE FROM removed_cases WHERE receipt = NEW.receipt;
            PERFORM pg_notify('kiosk_cases', '');
            RETURN NEW;
        END $$;
        CREATE TRIGGER kiosk_case_changed BEFORE INSERT OR UPDATE OR DELETE ON cases
            FOR EACH ROW EXECUTE FUNCTION kiosk_case_changed();
        CREATE TABLE receipt_guesses (
            receipt text PRIMARY KEY,
            failures integer NOT NULL,
            window_start double precision,
            last_failure double precision,
            locked_until double precision
        );
        CREATE TABLE ratings (
            id uuid PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('case', 'quick')),
            receipt text,
            kiosk text NOT NULL,
            time double precision NOT NULL,
            satisfied boolean,
            is_demo boolean NOT NULL DEFAULT false,
            body text NOT NULL,
            replaced_by uuid
        );
        CREATE INDEX ratings_by_time ON ratings (time);
        CREATE INDEX ratings_by_receipt ON ratings (receipt) WHERE receipt IS NOT NULL;
        CREATE TABLE settings (name text PRIMARY KEY, value text NOT NULL);
        """,
        // 2: the fleet. Each kiosk reports what it runs and how much waits in its outbox; every event a kiosk
        // sends (a failed or a right look-up) is applied once, by its idempotency key.
        """
        CREATE TABLE kiosks (
            kiosk_id text PRIMARY KEY,
            last_contact timestamptz NOT NULL,
            catalog_version text NOT NULL,
            program_version text NOT NULL,
            outbox_length integer NOT NULL
        );
        CREATE TABLE applied_events (
            id uuid PRIMARY KEY,
            kiosk text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """,
        // 3: the writing transaction of every change. A sequence number is taken when a row is written, not when
        // its transaction commits, so two back-office imports at once can commit out of order: a watermark on
        // the number alone would skip the earlier one for good. A kiosk's watermark is instead the oldest
        // transaction still running when it read (pg_snapshot_xmin): every change written below it is visible.
        """
        ALTER TABLE cases ADD COLUMN writer xid8 NOT NULL DEFAULT pg_current_xact_id();
        ALTER TABLE removed_cases ADD COLUMN writer xid8 NOT NULL DEFAULT pg_current_xact_id();
        CREATE INDEX cases_by_writer ON cases (writer, version);
        CREATE INDEX removed_cases_by_writer ON removed_cases (writer, version);
        CREATE OR REPLACE FUNCTION kiosk_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                INSERT INTO removed_cases (receipt) VALUES (OLD.receipt)
                    ON CONFLICT (receipt) DO UPDATE SET version = nextval('case_version'), writer = pg_current_xact_id();
                PERFORM pg_notify('kiosk_cases', '');
                RETURN OLD;
            END IF;
            NEW.version := nextval('case_version');
            NEW.writer := pg_current_xact_id();
            DELETE FROM removed_cases WHERE receipt = NEW.receipt;
            PERFORM pg_notify('kiosk_cases', '');
            RETURN NEW;
        END $$;
        """,
        // 4: demo ratings from the back office (`kiosk ratings seed-demo` / `clear-demo` in a hall). The office
        // may not write ratings (the hall's satisfaction must come from citizens); these two functions, run
        // with the owner's rights, add ratings only as demo and remove only demo ones.
        """
        CREATE FUNCTION kiosk_add_demo_rating(rating_id uuid, rating_kind text, rating_receipt text,
            rating_kiosk text, rating_time double precision, rating_satisfied boolean, rating_body text)
            RETURNS boolean LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            WITH added AS (
                INSERT INTO ratings (id, kind, receipt, kiosk, time, satisfied, is_demo, body)
                VALUES (rating_id, rating_kind, rating_receipt, rating_kiosk, rating_time, rating_satisfied, true,
                    rating_body)
                ON CONFLICT (id) DO NOTHING RETURNING id)
            SELECT count(*) > 0 FROM added
        $$;
        CREATE FUNCTION kiosk_clear_demo_ratings() RETURNS bigint LANGUAGE sql SECURITY DEFINER
            SET search_path = pg_catalog, public AS $$
            WITH removed AS (DELETE FROM ratings WHERE is_demo RETURNING id) SELECT count(*) FROM removed
        $$;
        REVOKE EXECUTE ON FUNCTION kiosk_add_demo_rating(uuid, text, text, text, double precision, boolean, text),
            kiosk_clear_demo_ratings() FROM PUBLIC;
        """,
        // 5: queue tickets shared by the hall's kiosks, counters and boards. `queue_counts` holds each queue's
        // last number of the day: taking a number is one upsert on its row, so two kiosks never get the same.
        """
        CREATE TABLE queue_counts (
            day date NOT NULL, prefix text NOT NULL, last integer NOT NULL, PRIMARY KEY (day, prefix));
        CREATE TABLE queue_tickets (
            day date NOT NULL, prefix text NOT NULL, number integer NOT NULL, procedure text,
            taken_at timestamptz NOT NULL DEFAULT now(), counter integer, called_at timestamptz,
            PRIMARY KEY (day, prefix, number));
        CREATE INDEX queue_tickets_waiting ON queue_tickets (day, prefix, number) WHERE called_at IS NULL;
        """,
        // 6: failed look-ups counted under the number's keyed hash (kiosks send it; the server has no key),
        // the number itself only on a locked case's count. The counts from before held the numbers typed,
        // mistyped ones too: they are dropped (at most a day's guesses; a lock set in that day is lifted).
        """
        DELETE FROM receipt_guesses;
        ALTER TABLE receipt_guesses RENAME COLUMN receipt TO receipt_key;
        ALTER TABLE receipt_guesses ADD COLUMN receipt text;
        """,
        // 7: what an operator needs to see a hall's trouble (`kiosk fleet status`): the catalog's date beside its
        // version (now a digest of its files), and the last problem a kiosk met with the server (which error,
        // since when), reported once it is back.
        """
        ALTER TABLE kiosks ADD COLUMN catalog_date timestamptz;
        ALTER TABLE kiosks ADD COLUMN problem text;
        ALTER TABLE kiosks ADD COLUMN problem_at timestamptz;
        """,
        // 8: the counter desk. A ticket has a state and the line it waits in now (a ticket moved to another line
        // waits there in its place by the time it was taken); officers sign in at one counter each with their
        // own PIN (its hash; wrong PINs counted with them); every action at a counter is recorded for the
        // queue report.
        """
        ALTER TABLE queue_tickets ADD COLUMN line text;
        UPDATE queue_tickets SET line = prefix;
        ALTER TABLE queue_tickets ALTER COLUMN line SET NOT NULL;
        ALTER TABLE queue_tickets ADD COLUMN state text NOT NULL DEFAULT 'waiting'
            CHECK (state IN ('waiting', 'called', 'serving', 'held', 'absent', 'finished'));
        UPDATE queue_tickets SET state = 'called' WHERE called_at IS NOT NULL;
        ALTER TABLE queue_tickets ADD COLUMN officer text;
        ALTER TABLE queue_tickets ADD COLUMN started_at timestamptz;
        ALTER TABLE queue_tickets ADD COLUMN finished_at timestamptz;
        ALTER TABLE queue_tickets ADD COLUMN receipt text;
        DROP INDEX queue_tickets_waiting;
        CREATE INDEX queue_tickets_waiting ON queue_tickets (day, line, taken_at) WHERE called_at IS NULL;
        CREATE INDEX queue_tickets_by_counter ON queue_tickets (day, counter) WHERE counter IS NOT NULL;
        CREATE TABLE officers (
            staff_number text PRIMARY KEY, name text NOT NULL, pin_hash text NOT NULL, failures text NOT NULL DEFAULT '{}');
        CREATE TABLE counter_sessions (
            counter integer PRIMARY KEY,
            staff_number text NOT NULL UNIQUE REFERENCES officers ON DELETE CASCADE,
            signed_in_at timestamptz NOT NULL DEFAULT now(),
            paused text);
        CREATE TABLE counter_events (
            id bigserial PRIMARY KEY, day date NOT NULL, counter integer NOT NULL, staff_number text,
            kind text NOT NULL, reason text, prefix text, number integer, at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX counter_events_by_day ON counter_events (day);
        ALTER TABLE ratings DROP CONSTRAINT ratings_kind_check;
        ALTER TABLE ratings ADD CONSTRAINT ratings_kind_check CHECK (kind IN ('case', 'quick', 'counter'));
        """,
        // 9: a fair queue. A ticket's kind (priority by a declared group, booked at a slot), the booking it used,
        // the wait it was told (the report compares it with the wait that happened); the booking system's
        // bookings, each used once.
        """
        ALTER TABLE queue_tickets ADD COLUMN kind text NOT NULL DEFAULT 'regular'
            CHECK (kind IN ('regular', 'priority', 'booked'));
        ALTER TABLE queue_tickets ADD COLUMN priority_group text;
        ALTER TABLE queue_tickets ADD COLUMN booking text;
        ALTER TABLE queue_tickets ADD COLUMN slot_start timestamptz;
        ALTER TABLE queue_tickets ADD COLUMN estimate_low integer;
        ALTER TABLE queue_tickets ADD COLUMN estimate_high integer;
        CREATE TABLE queue_bookings (
            code text PRIMARY KEY, line text NOT NULL, procedure text, day date NOT NULL,
            slot_start timestamptz NOT NULL, slot_end timestamptz NOT NULL, initials text NOT NULL,
            used_at timestamptz, prefix text, number integer);
        CREATE INDEX queue_bookings_by_day ON queue_bookings (day);
        """,
        // 10: the agency's bank statement reconciled (`kiosk payments import`, the office's role): each credit
        // once, by the bank's reference. A credit naming a case marks the case changed, so every kiosk's copy
        // takes its transfers with it.
        """
        CREATE TABLE payment_notices (
            reference text PRIMARY KEY, receipt text, amount bigint NOT NULL, credited date NOT NULL,
            kind text NOT NULL CHECK (kind IN ('matched', 'partial', 'over', 'not_due', 'no_receipt')),
            due bigint, imported_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX payment_notices_by_receipt ON payment_notices (receipt) WHERE receipt IS NOT NULL;
        CREATE FUNCTION kiosk_payment_noticed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.receipt IS NOT NULL THEN
                UPDATE cases SET receipt = receipt WHERE receipt = NEW.receipt;
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER kiosk_payment_noticed AFTER INSERT ON payment_notices
            FOR EACH ROW EXECUTE FUNCTION kiosk_payment_noticed();
        """,
        // 11: the searches citizens ended at every kiosk (folded, no personal number, the time to the hour), for
        // `kiosk search report`; the office forgets them after `search.keep_days`.
        """
        CREATE TABLE searches (
            id uuid PRIMARY KEY, kiosk text NOT NULL, time double precision NOT NULL, query text NOT NULL,
            results integer NOT NULL, opened text, rank integer, previous text);
        CREATE INDEX searches_by_time ON searches (time);
        """,
    ]

    /// What the two roles of deploy/hall/roles.sql may do with each step's tables, granted again after each
    /// migration: kiosks read cases and write ratings and counts, never change a case; the back office writes
    /// cases and reads everything.
    static let grants: [(kiosk: [String], office: [String])] = [
        (kiosk: ["SELECT ON kiosk_schema, cases, removed_cases, settings",
                 "SELECT, INSERT, UPDATE, DELETE ON receipt_guesses",
                 "SELECT, INSERT ON ratings", "UPDATE (replaced_by) ON ratings"],
         office: ["SELECT, INSERT, UPDATE, DELETE ON cases, removed_cases, receipt_guesses, settings",
                  "SELECT ON kiosk_schema, ratings", "USAGE ON SEQUENCE case_version"]),
        (kiosk: ["SELECT, INSERT, UPDATE ON kiosks", "SELECT, INSERT ON applied_events"],
         office: ["SELECT ON kiosks, applied_events"]),
        (kiosk: [], office: []),
        (kiosk: [], office: ["EXECUTE ON FUNCTION kiosk_add_demo_rating(uuid, text, text, text, double precision, "
                                 + "boolean, text), kiosk_clear_demo_ratings()"]),
        (kiosk: ["SELECT, INSERT, UPDATE ON queue_counts, queue_tickets"],
         office: ["SELECT, INSERT, UPDATE ON queue_counts, queue_tickets"]),
        (kiosk: [], office: []),
        (kiosk: [], office: []),
        (kiosk: ["SELECT ON officers", "UPDATE (failures) ON officers", "SELECT, INSERT, UPDATE, DELETE ON counter_sessions",
                 "SELECT, INSERT ON counter_events", "USAGE ON SEQUENCE counter_events_id_seq"],
         office: ["SELECT, INSERT, UPDATE, DELETE ON officers, counter_sessions", "SELECT ON counter_events"]),
        (kiosk: ["SELECT ON queue_bookings", "UPDATE (used_at, prefix, number) ON queue_bookings"],
         office: ["SELECT, INSERT, UPDATE, DELETE ON queue_bookings"]),
        (kiosk: ["SELECT ON payment_notices"], office: ["SELECT, INSERT ON payment_notices"]),
        (kiosk: ["SELECT, INSERT ON searches"], office: ["SELECT, DELETE ON searches"]),
    ]

    /// The grants of the steps up to `version`, for the roles that exist.
    static func grants(upTo version: Int) -> String {
        let steps = grants.prefix(version)
        let kiosk = steps.flatMap(\.kiosk).map { "GRANT \($0) TO hall_kiosk;" }.joined(separator: "\n")
        let office = steps.flatMap(\.office).map { "GRANT \($0) TO hall_office;" }.joined(separator: "\n")
        return """
            DO $$
            BEGIN
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'hall_kiosk') THEN
                    \(kiosk)
                END IF;
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'hall_office') THEN
                    \(office)
                END IF;
            END $$
            """
    }

    /// A step's statements one by one (the extended protocol takes one at a time): split at each `;` outside a
    /// `$$` body.
    static func statements(of step: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inBody = false
        var rest = Substring(step)
        while let character = rest.first {
            if rest.hasPrefix("$$") {
                inBody.toggle()
                current += "$$"
                rest = rest.dropFirst(2)
                continue
            }
            rest = rest.dropFirst()
            if character == ";" && !inBody {
                statements.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        statements.append(current)
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The server's schema version; nil when it has none.
    static func found(_ connection: PostgresConnection) async throws -> Int? {
        let exists = try await connection.query("SELECT to_regclass('kiosk_schema') IS NOT NULL", logger: HallServer.quiet).collect()
        guard try exists.first?.decode(Bool.self) == true else { return nil }
        let rows = try await connection.query("SELECT version FROM kiosk_schema", logger: HallServer.quiet).collect()
        return try rows.first.map { Int(try $0.decode(Int32.self)) }
    }

    /// Brings the server up to `target` (the program's version by default), each step in its own transaction
    /// under an advisory lock, so that two operators migrating at once do not run a step twice. Returns the
    /// versions before and after.
    static func migrate(_ client: PostgresClient, to target: Int = version, logger: Logger) async throws
        -> (from: Int, to: Int)
    {
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(7714)", logger: logger)
            do {
                let before = try await Self.found(connection) ?? 0
                var now = before
                while now < min(target, steps.count) {
                    let step = steps[now]
                    let next = now + 1
                    try await connection.withTransaction(logger: logger) { transaction in
                        for statement in Self.statements(of: step) {
                            try await transaction.query(PostgresQuery(unsafeSQL: statement), logger: HallServer.quiet)
                        }
                        try await transaction.query("UPDATE kiosk_schema SET version = \(Int32(next))", logger: logger)
                    }
                    now = next
                }
                if now > 0 {
                    try await connection.query(PostgresQuery(unsafeSQL: grants(upTo: now)), logger: HallServer.quiet)
                }
                try await connection.query("SELECT pg_advisory_unlock(7714)", logger: logger)
                return (before, now)
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(7714)", logger: logger)
                throw error
            }
        }
    }
}
