import TestSupport
import Foundation
import Testing
@testable import CaseTracking

/// Where storage fails, the look-up fails closed: on a real full disk (a small tmpfs), an emptied file.
@Suite(.serialized) struct FailClosedTests {
    let store = CaseStoreTests()
    let policy = CaseStoreTests.policy

    /// Wrong digits that cannot be counted, then the right ones: both "unavailable" while the disk is full,
    /// so no guess is answered without its count; with room again, every held failure is counted first.
    @Test func aFullDiskAnswersNoLookUpUntilTheFailureIsCounted() throws {
        let disk = try SmallDisk()
        let database = try store.open(disk.path + "/cases.sqlite")
        let (_, record, owner) = try CaseStoreTests.demo()[3]
        try database.save([record])
        let lookup = store.lookup(database)
        #expect(lookup.lookUp(record.receipt, idLast4: owner.idLast4) == .found(record), "a healthy disk answers")
        disk.fill()
        // The precondition: the disk really refuses the count's write.
        #expect(throws: CaseStoreError.self) {
            try database.recordFailure(receipt: record.receipt, kiosk: "probe", policy: policy, at: Date())
        }
        #expect(lookup.lookUp(record.receipt, idLast4: "0000") == .unavailable)
        #expect(lookup.uncounted.count == 1)
        for _ in 0 ..< 35 {
            #expect(lookup.lookUp(record.receipt, idLast4: "1111") == .unavailable)
        }
        #expect(lookup.lookUp(record.receipt, idLast4: owner.idLast4) == .unavailable, "the right digits say nothing either")
        let other = try CaseStoreTests.demo()[5].record
        #expect(lookup.lookUp(other.receipt, idLast4: "0000") == .unavailable, "nor for any other number")
        #expect(try database.guesses(receipt: record.receipt, kiosk: "kiosk-1").0.failures == 0)
        disk.free()
        #expect(lookup.lookUp(record.receipt, idLast4: "2222") == .notFound(then: .allowed))
        #expect(lookup.uncounted.count == 0)
        #expect(try database.guesses(receipt: record.receipt, kiosk: "kiosk-1").0.failures == 2,
                "the held failure and the new one, both counted")
        #expect(lookup.lookUp(record.receipt, idLast4: owner.idLast4) == .found(record))
    }

    /// An emptied file (truncated, replaced) answers for no number: "no case matches" would count a failure
    /// against every citizen, and nothing is seeded in its place.
    @Test func anEmptyDatabaseIsUnavailableNotNoMatch() throws {
        let path = store.temporaryDatabase()
        let (_, record, owner) = try CaseStoreTests.demo()[3]
        try {
            let database = try store.open(path)
            let lookup = store.lookup(database)
            #expect(lookup.lookUp(record.receipt, idLast4: owner.idLast4) == .unavailable)
            #expect(try database.guesses(receipt: record.receipt, kiosk: "kiosk-1").0.failures == 0, "nothing counted")
            #expect(try database.count().all == 0, "no demo case appears by itself")
            try database.save([record])
            #expect(lookup.lookUp(record.receipt, idLast4: owner.idLast4) == .found(record))
            let unknown = ReceiptNumber(agency: record.receipt.agency, day: record.receipt.day, sequence: 9999)!
            #expect(lookup.lookUp(unknown, idLast4: "0000") == .notFound(then: .allowed),
                    "with cases, an unknown number is no match")
            try database.checkpointForTests()
        }()
        // Truncated to nothing, as `truncate -s 0` does, then opened again.
        truncate(path, 0)
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        let reopened = store.lookup(try store.open(path))
        #expect(reopened.lookUp(record.receipt, idLast4: owner.idLast4) == .unavailable)
    }

    /// Damage SQLite can see (pages overwritten under existing cases) answers "unavailable", never "no case
    /// matches", for every case of the file; `quickCheck` names it for doctor.
    @Test func damagedPagesAnswerUnavailable() throws {
        let path = store.temporaryDatabase()
        let database = try store.open(path)
        let cases = try CaseStoreTests.demo()
        try database.save(cases.map(\.record))
        try database.checkpointForTests()
        #expect(try database.quickCheck() == nil)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        // Every page after the schema's, one at a time, overwritten with zeros and with noise (the same noise
        // each run); each time, every case asked for with its right digits.
        var noise = UInt64(20261206)
        var noMatch: [String] = []
        var unavailable = 0
        for page in 2 ..< original.count / 4096 {
            for zeros in [true, false] {
                var damaged = original
                for offset in page * 4096 + 100 ..< page * 4096 + 3100 {
                    noise = noise &* 6364136223846793005 &+ 1442695040888963407
                    damaged[offset] = zeros ? 0 : UInt8(truncatingIfNeeded: noise >> 33)
                }
                try damaged.write(to: URL(fileURLWithPath: path))
                // A file that does not open at all is what the kiosk answers "unavailable" for (UnavailableStore).
                guard let opened = try? store.open(path) else {
                    unavailable += cases.count
                    continue
                }
                let lookup = store.lookup(opened)
                for (_, record, owner) in cases {
                    switch lookup.lookUp(record.receipt, idLast4: owner.idLast4) {
                    case .notFound: noMatch.append("page \(page + 1)\(zeros ? " zeroed" : ""): \(record.receipt)")
                    case .unavailable: unavailable += 1
                    case .found(let found): #expect(found == record, "page \(page + 1): a case read wrong")
                    case .refused: break
                    }
                }
            }
        }
        #expect(unavailable > 0, "the damage was seen")
        #expect(noMatch.isEmpty, "\(noMatch)")
    }

    /// Mistyped numbers (someone's ID, a phone read out) are not kept: the count is under a keyed hash, the
    /// bytes of the file and its WAL never hold the number, and the row goes when its window is over. A locked
    /// number that is a case's is listed for staff.
    @Test func failedNumbersAreKeptOnlyAsKeyedHashesAndExpire() throws {
        let path = store.temporaryDatabase()
        let database = try store.open(path)
        let (_, record, _) = try CaseStoreTests.demo()[3]
        try database.save([record])
        let typo = ReceiptNumber(parsing: "000.00.12.H08-241127-0042")!
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for second in 0 ..< 3 {
            _ = try database.recordFailure(receipt: typo, kiosk: "kiosk-1", policy: policy, at: start + Double(second))
        }
        for second in 0 ..< 20 {
            _ = try database.recordFailure(receipt: record.receipt, kiosk: "kiosk-2", policy: policy, at: start + Double(second))
        }
        #expect(try database.guesses(receipt: typo, kiosk: "kiosk-1").0.failures == 3)
        for suffix in ["", "-wal"] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path + suffix))
            #expect(bytes.range(of: Data(typo.description.utf8)) == nil, "cases.sqlite\(suffix) holds the typed number")
        }
        #expect(try database.locks(at: start + 30).map(\.receipt) == [record.receipt], "a case's lock is listed")
        // A day later both counts are over: the next failure (anywhere) removes them.
        let later = start + 24 * 3600 + 60
        _ = try database.recordFailure(receipt: ReceiptNumber(parsing: "000.00.13.H08-261126-0001")!, kiosk: "kiosk-1",
                                       policy: policy, at: later)
        #expect(try database.guesses(receipt: typo, kiosk: "kiosk-1").0 == ReceiptGuesses())
        #expect(try database.guesses(receipt: record.receipt, kiosk: "kiosk-2").0 == ReceiptGuesses())
        #expect(try database.locks(at: later).isEmpty)
    }
}
