import CaseTracking
import FeePayment
import Foundation
import HallDatabase
import Logging
import ProcedureCatalog
import Testing
import TestSupport

/// The bank statement in a hall: the office imports it once on the server, and every kiosk sees the transfer,
/// live and from its copy; kiosks may not write one.
@Suite(.serialized) struct HallPaymentTests {
    let policy = GuessPolicy(baseCooldown: 30)

    func owing(_ hall: TestHall, _ sequence: Int, _ amount: Int) -> CaseRecord {
        var record = hall.incoming(sequence, status: .paymentNeeded)
        record.amountsDue = [AmountDue(purpose: CaseText(vi: "Lệ phí"), amount: amount)]
        return record
    }

    func transfer(_ line: Int, _ reference: String, _ amount: Int, _ receipt: ReceiptNumber?) -> IncomingTransfer {
        IncomingTransfer(line: line, reference: reference, amount: amount, credited: LocalDay("2026-12-05")!, receipt: receipt)
    }

    @Test func everyKioskSeesTheTransferTheOfficeImported() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        let office = try hall.office()
        try office.save([owing(hall, 1, 350_000), owing(hall, 2, 300_000)])
        let store = try hall.kiosk("kiosk_a")
        let sync = HallSync(store: store, logger: Logger(label: "test")) {
            KioskContact(kiosk: "kiosk_a", lastContact: Date(), catalog: CatalogVersion(digest: "c1", date: nil),
                         programVersion: "p1", outboxLength: 0)
        }
        try sync.syncOnce()
        let first = hall.incoming(1).receipt, second = hall.incoming(2).receipt
        let statement = [transfer(3, "FT1", 350_000, first), transfer(4, "FT2", 100_000, second),
                         transfer(5, "FT3", 350_000, first), transfer(6, "FT4", 75_000, nil)]
        let kept = try office.keep(statement, deciding: Reconciliation.notice)
        #expect(kept.map(\.notice.kind) == [.matched, .partial, .notDue, .noReceipt])
        #expect(kept.allSatisfy { $0.isNew })
        // Twice: nothing changes.
        let again = try office.keep(statement, deciding: Reconciliation.notice)
        #expect(again.map(\.notice) == kept.map(\.notice) && again.allSatisfy { !$0.isNew })
        #expect(try office.notices().count == 4)

        // Live, through the server.
        let lookup = CaseLookup(store: store, secondFactor: hall.key, kiosk: "kiosk_a", policy: policy)
        guard case .found(let live) = lookup.lookUp(first, idLast4: "1234") else {
            Issue.record("the case was not found")
            return
        }
        #expect(live.asOf == nil && live.transfers.map(\.reference) == ["FT1", "FT3"])
        #expect(live.status == .paymentNeeded)
        // The copy takes them with the case (the import marked it changed).
        try sync.syncOnce()
        #expect(try store.copy.find(first)?.transfers.map(\.amount) == [350_000, 350_000])
        #expect(try store.copy.find(second)?.transfers.map(\.amount) == [100_000])
        // And the back office sending the case again keeps them.
        try office.save([owing(hall, 1, 350_000)])
        try sync.syncOnce()
        #expect(try store.copy.find(first)?.transfers.count == 2)
        try hall.cluster.stop()
        guard case .found(let copied) = lookup.lookUp(first, idLast4: "1234") else {
            Issue.record("no answer from the copy while the server is away")
            return
        }
        #expect(copied.asOf != nil && copied.transfers.count == 2)
        try hall.cluster.start()
    }

    @Test func kiosksMayNotWriteATransfer() throws {
        let hall = try TestHall()
        try hall.addKiosk("kiosk_a")
        try hall.office().save([owing(hall, 1, 350_000)])
        let kioskRole = try hall.server(user: "kiosk_a", password: "kiosk_a-pass")
        #expect(throws: CaseStoreError.self) {
            try kioskRole.keep([transfer(3, "FT1", 350_000, hall.incoming(1).receipt)], deciding: Reconciliation.notice)
        }
        #expect(try hall.office().notices().isEmpty)
    }
}
