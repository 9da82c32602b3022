import TestSupport
import Foundation
import GRDB
import Testing
@testable import CaseTracking

/// The case database holds only what a kiosk shows: checked on the files' bytes, as someone who copied them
/// would read them.
@Suite struct CasePrivacyTests {
    func temporaryDatabase() -> String {
        TestScratch.root + "privacy-\(UUID().uuidString)/cases.sqlite"
    }

    /// Every owner's ID number and phone as the demo file writes them (phones are not even parsed by the kiosk).
    static func personalStrings() throws -> [String] {
        let text = try String(contentsOfFile: CaseStoreTests.root.appendingPathComponent("Catalog/demo-cases.yaml").path,
                              encoding: .utf8)
        let phones = text.components(separatedBy: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("phone:") else { return nil }
            return trimmed.dropFirst(6).trimmingCharacters(in: CharacterSet(charactersIn: " \""))
        }
        let owners = try CaseStoreTests.incoming().map(\.case.owner)
        #expect(phones.count >= 40 && owners.count >= 40)
        return owners.map(\.idNumber) + owners.map(\.name) + phones + phones.map { $0.replacingOccurrences(of: " ", with: "") }
    }

    /// The bytes of the database and its WAL and shared-memory files, whichever exist.
    static func bytes(_ path: String) -> [(String, Data)] {
        ["", "-wal", "-shm"].compactMap { suffix in
            FileManager.default.contents(atPath: path + suffix).map { (suffix, $0) }
        }
    }

    static func expectNothingPersonal(in path: String, _ strings: [String]) {
        let files = bytes(path)
        #expect(!files.isEmpty)
        for (suffix, data) in files {
            for text in strings where data.range(of: Data(text.utf8)) != nil {
                Issue.record("cases.sqlite\(suffix) holds “\(text)”")
            }
        }
    }

    @Test func seededAndImportedCasesLeaveNoIDNumberPhoneOrNameInAnyFile() throws {
        let path = temporaryDatabase()
        let store = try SQLiteCaseStore(path: path, key: CaseStoreTests.key)
        try store.replaceDemo(with: try CaseStoreTests.demo().map(\.record))
        let csv = """
            \(CaseImportTests.header),postal_address
            000.00.13.H08-261126-0042,2.000488.000.00.00.H08,Đỗ Quang Vinh,074199912345,0912 777 888,post,2026-11-26 08:15,2026-12-10,4,STP,,,,,"Số 7, đường Bạch Đằng, phường Phú Cường, Thủ Dầu Một"
            """
        let imported = CaseImport.read(csv: csv)
        #expect(imported.problems.isEmpty)
        try store.save(imported.cases.map { $0.reduced(using: CaseStoreTests.key) })
        // Both in the WAL (not yet checkpointed) and, after a checkpoint, in the main file.
        Self.expectNothingPersonal(in: path, try Self.personalStrings() + ["074199912345", "0912 777 888", "Đỗ Quang Vinh", "Bạch Đằng"])
        try store.writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        Self.expectNothingPersonal(in: path, try Self.personalStrings() + ["074199912345", "0912 777 888", "Đỗ Quang Vinh", "Bạch Đằng"])
        // What is kept still works.
        let lookup = CaseLookup(store: store, secondFactor: CaseStoreTests.key, kiosk: "k", policy: GuessPolicy())
        let receipt = ReceiptNumber(parsing: "000.00.13.H08-261126-0042")!
        guard case .found(let record) = lookup.lookUp(receipt, idLast4: "2345") else {
            Issue.record("the imported case is not found with its digits")
            return
        }
        #expect(record.maskedName == "Đỗ Q**** V***")
        #expect(record.postalAddress == "…, phường Phú Cường, Thủ Dầu Một")
    }

    /// A database as kiosks before this change wrote it: full ID numbers, phones and names.
    static func writeOldDatabase(_ path: String, _ cases: [(record: CaseRecord, owner: CaseOwner, phone: String)]) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('cases-v1');
                CREATE TABLE cases (
                    receipt TEXT PRIMARY KEY NOT NULL, procedure_code TEXT NOT NULL, owner_name TEXT NOT NULL,
                    owner_id TEXT NOT NULL, phone TEXT,
                    channel TEXT NOT NULL CHECK (channel IN ('in_person', 'online', 'post')),
                    submitted_at TEXT, received_at TEXT, appointment TEXT, finished_at TEXT, returned_at TEXT,
                    status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10), handling_agency TEXT NOT NULL,
                    collect_at TEXT, postal_address TEXT, missing_documents TEXT NOT NULL DEFAULT '[]',
                    amounts_due TEXT NOT NULL DEFAULT '[]', is_demo INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                CREATE TABLE case_history (
                    receipt TEXT NOT NULL REFERENCES cases(receipt) ON DELETE CASCADE, position INTEGER NOT NULL,
                    time TEXT NOT NULL, from_unit TEXT NOT NULL, action TEXT NOT NULL, to_unit TEXT, note TEXT,
                    PRIMARY KEY (receipt, position)
                ) WITHOUT ROWID;
                """)
            for (record, owner, phone) in cases {
                try db.execute(sql: """
                    INSERT INTO cases (receipt, procedure_code, owner_name, owner_id, phone, channel, received_at,
                        appointment, status, handling_agency, postal_address, is_demo)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                    """, arguments: [record.receipt.description, record.procedureCode, owner.name, owner.idNumber,
                                     phone, record.channel.rawValue, record.receivedAt?.description,
                                     record.appointment?.description, record.status.rawValue, record.handlingAgency,
                                     record.postalAddress])
                try db.execute(sql: """
                    INSERT INTO case_history (receipt, position, time, from_unit, action) VALUES (?, 0, ?, 'ONE_STOP', 'received')
                    """, arguments: [record.receipt.description, record.receivedAt?.description ?? "2026-11-20 08:00"])
            }
        }
    }

    @Test func anOldDatabaseIsConvertedInPlaceAndNothingOfItRemains() throws {
        let path = temporaryDatabase()
        let demo = try CaseStoreTests.incoming().filter { $0.case.record.receivedAt != nil }.prefix(20)
        let phones = (0 ..< demo.count).map { String(format: "0987 65%04d", $0) }
        let old = zip(demo, phones).map { ($0.case.record, $0.case.owner, $1) }
        try Self.writeOldDatabase(path, old)
        let personal = old.flatMap { [$0.1.idNumber, $0.1.name, $0.2] } + ["Yersin", "30/4"]
        #expect(Self.bytes(path).contains { _, data in data.range(of: Data(old[0].1.idNumber.utf8)) != nil },
                "the old file does hold the ID numbers")
        let store = try SQLiteCaseStore(path: path, key: CaseStoreTests.key)
        Self.expectNothingPersonal(in: path, personal)
        let columns = try store.writer.read { db in try db.columns(in: "cases").map(\.name) }
        #expect(!columns.contains("owner_id") && !columns.contains("phone") && !columns.contains("owner_name"))
        // The owners' digits still find their cases; the names show masked.
        let lookup = CaseLookup(store: store, secondFactor: CaseStoreTests.key, kiosk: "k", policy: GuessPolicy())
        for (record, owner, _) in old {
            guard case .found(let found) = lookup.lookUp(record.receipt, idLast4: owner.idLast4) else {
                Issue.record("\(record.receipt) not found after the conversion")
                continue
            }
            #expect(found.maskedName == NameMask.mask(owner.name))
            #expect(found.history.count == 1)
            #expect(found.postalAddress == record.postalAddress.map(AddressMask.mask))
        }
        // Opening again changes nothing.
        _ = try SQLiteCaseStore(path: path, key: CaseStoreTests.key)
        Self.expectNothingPersonal(in: path, personal)
    }

    @Test func aKioskWithAnotherKeyIsRefusedWithAReason() throws {
        let path = temporaryDatabase()
        let store = try SQLiteCaseStore(path: path, key: CaseStoreTests.key)
        try store.save([try CaseStoreTests.demo()[0].record])
        let other = SecondFactorKey(bytes: [UInt8](repeating: 5, count: 32))
        #expect {
            _ = try SQLiteCaseStore(path: path, key: other)
        } throws: { error in
            "\(error)".contains("another second-factor key") && "\(error)".contains(path)
        }
        // An empty database takes any key.
        _ = try SQLiteCaseStore(path: temporaryDatabase(), key: other)
    }

    @Test func theKeyFileIsCreatedOnceForItsOwnerOnlyAndNeverReplaced() throws {
        let folder = TestScratch.root + "key-\(UUID().uuidString)"
        let path = folder + "/var/second-factor.key"
        #expect(throws: SecondFactorKeyFile.Problem.self) { try SecondFactorKeyFile.load(path, create: false) }
        let first = try SecondFactorKeyFile.load(path, create: true)
        #expect(!SecondFactorKeyFile.isReadableByOthers(path))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let again = try SecondFactorKeyFile.load(path, create: true)
        #expect(again.fingerprint == first.fingerprint)
        #expect(throws: SecondFactorKeyFile.Problem.self) { try SecondFactorKeyFile.write(.generate(), to: path) }
        try "not a key\n".write(toFile: folder + "/bad.key", atomically: true, encoding: .utf8)
        #expect {
            _ = try SecondFactorKeyFile.load(folder + "/bad.key", create: true)
        } throws: { error in "\(error)".contains("bad.key") && "\(error)".contains("64 hexadecimal") }
    }
}
