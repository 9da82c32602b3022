import TestSupport
import Foundation
import Testing
@testable import CaseTracking

/// The store against real SQLite files.
@Suite struct CaseStoreTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let today = LocalDay("2026-11-27")!

    static let key = SecondFactorKey(bytes: [UInt8](repeating: 9, count: SecondFactorKey.byteCount))

    static func incoming() throws -> [(key: String, case: IncomingCase)] {
        try DemoCases.load(file: root.appendingPathComponent("Catalog/demo-cases.yaml").path, today: today)
    }

    /// The demo cases as the store keeps them.
    static func demo() throws -> [(key: String, record: CaseRecord, owner: CaseOwner)] {
        try incoming().map { ($0.key, $0.case.reduced(using: key), $0.case.owner) }
    }

    func open(_ path: String) throws -> SQLiteCaseStore {
        try SQLiteCaseStore(path: path, key: Self.key)
    }

    static let policy = GuessPolicy(baseCooldown: 30)

    func lookup(_ store: SQLiteCaseStore, kiosk: String = "kiosk-1", factor: Bool = true) -> CaseLookup {
        CaseLookup(store: store, secondFactor: factor ? Self.key : nil, kiosk: kiosk, policy: Self.policy)
    }

    func temporaryDatabase() -> String {
        TestScratch.root + "cases-\(UUID().uuidString)/cases.sqlite"
    }

    @Test func demoCasesCoverEveryStatusAndTiming() throws {
        let cases = try Self.demo()
        #expect(cases.count >= 40)
        #expect(Set(cases.map(\.record.status)) == Set(CaseStatus.allCases))
        let timings = cases.map { CaseTiming($0.record, today: Self.today, calendar: WorkingCalendar()) }
        #expect(timings.contains(.dueToday))
        #expect(timings.contains { if case .late = $0 { true } else { false } })
        #expect(timings.contains { if case .daysLeft = $0 { true } else { false } })
        #expect(Set(cases.map(\.record.handlingAgency)).count >= 8)
        #expect(Set(cases.map(\.record.procedureCode)).count >= 25)
    }

    @Test func savesAndFindsEveryDemoCaseWhole() throws {
        let path = temporaryDatabase()
        let store = try open(path)
        let cases = try Self.demo()
        try store.replaceDemo(with: cases.map(\.record))
        for (key, record, _) in cases {
            #expect(try store.find(record.receipt) == record, "\(key)")
        }
        #expect(try store.find(ReceiptNumber(parsing: "000.00.12.H08-241127-0042")!) == nil)
        #expect(try store.count() == (cases.count, cases.count))
    }

    @Test func reseedingReplacesDemoCasesButKeepsRealOnes() throws {
        let store = try open(temporaryDatabase())
        var real = try Self.demo()[0].record
        real.receipt = ReceiptNumber(parsing: "000.00.12.H08-241127-0042")!
        real.isDemo = false
        try store.save([real])
        try store.replaceDemo(with: try Self.demo().map(\.record))
        try store.replaceDemo(with: try Self.demo().map(\.record))
        #expect(try store.find(real.receipt) == real)
        #expect(try store.count().all == 45)
    }

    @Test func aStatusWrittenByAnotherConnectionShowsOnTheNextLookUp() throws {
        let path = temporaryDatabase()
        let kiosk = try open(path)
        let backOffice = try open(path)
        let record = try Self.demo().first { $0.key == "processing-passport" }!.record
        try backOffice.replaceDemo(with: [record])
        #expect(try kiosk.find(record.receipt)?.status == .processing)
        try backOffice.setStatus(record.receipt, .resultReady)
        #expect(try kiosk.find(record.receipt)?.status == .resultReady)
    }

    @Test func aDatabaseThatGoesAwayAnswersUnavailable() throws {
        let path = temporaryDatabase()
        let store = try open(path)
        let record = try Self.demo()[0].record
        try store.save([record])
        // Corrupt the file under the open store: what a failing disk or a bad copy does.
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        let owner = try Self.demo()[0].owner
        #expect(lookup(store).lookUp(record.receipt, idLast4: owner.idLast4) == .unavailable)
        #expect(throws: CaseStoreError.self) { try open(path) }
    }

    @Test func unreadablePlaceIsAnError() {
        #expect(throws: CaseStoreError.self) { try open("/proc/no-such/cases.sqlite") }
    }

    @Test func lookUpNeedsTheRightDigitsAndAnswersTheSameOtherwise() throws {
        let store = try open(temporaryDatabase())
        let (_, record, owner) = try Self.demo()[3]
        try store.save([record])
        let lookup = lookup(store)
        let last4 = owner.idLast4
        #expect(lookup.lookUp(record.receipt, idLast4: last4) == .found(record))
        #expect(lookup.lookUp(record.receipt, idLast4: "0000") == .notFound(then: .allowed))
        #expect(lookup.lookUp(record.receipt, idLast4: nil) == .notFound(then: .allowed))
        #expect(lookup.lookUp(record.receipt, idLast4: last4 + "0") == .notFound(then: .allowed))
        let unknown = ReceiptNumber(agency: record.receipt.agency, day: record.receipt.day, sequence: 9999)!
        #expect(lookup.lookUp(unknown, idLast4: last4) == .notFound(then: .allowed))
        #expect(self.lookup(store, factor: false).lookUp(record.receipt, idLast4: nil) == .found(record))
        let otherKey = CaseLookup(store: store, secondFactor: SecondFactorKey(bytes: [UInt8](repeating: 8, count: 32)),
                                  kiosk: "kiosk-1", policy: Self.policy)
        #expect(otherKey.lookUp(record.receipt, idLast4: last4) == .notFound(then: .allowed), "the hash needs the key")
    }
}
