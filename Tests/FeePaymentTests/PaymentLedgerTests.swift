import CaseTracking
import Foundation
import ProcedureCatalog
import TestSupport
import Testing
@testable import FeePayment

/// A cashier's statement kept in the case file: matched, partial, over, a second payment of the same fee, a
/// foreign line; imported twice, nothing changes; the case carries its transfers, and no longer offers a code.
@Suite struct PaymentLedgerTests {
    static let key = SecondFactorKey(bytes: [UInt8](repeating: 7, count: 32))
    static let zone = TimeZone(identifier: "UTC")!
    static let layout = BankStatement.Layout(date: "Ngày giao dịch", credit: "Số tiền ghi có", description: "Nội dung",
                                             reference: "Số tham chiếu", dateFormat: "dd/MM/yyyy")

    static func owing(_ number: String, _ amounts: [Int], status: CaseStatus = .paymentNeeded) -> CaseRecord {
        CaseRecord(receipt: ReceiptNumber(parsing: number)!, procedureCode: "1.012783.000.00.00.H08", channel: .inPerson,
                   receivedAt: nil, appointment: nil, status: status, handlingAgency: "STP",
                   amountsDue: amounts.map { AmountDue(purpose: CaseText(vi: "Lệ phí"), amount: $0) })
    }

    /// Bilingual headers under a bank's title lines, as exports have them.
    static let statement = """
        SAO KÊ TÀI KHOẢN / STATEMENT OF ACCOUNT,,,,
        Ngày giao dịch/ Transaction Date,Số tham chiếu/ Reference No.,Số tiền ghi nợ/ Debit,Số tiền ghi có/ Credit,Nội dung/ Description
        05/12/2026,FT01,,"350,000",MBVCB.1.000.01.14.H08-261202-0090.CT tu NGUYEN VAN A
        05/12/2026,FT02,,"100,000",000 00 31 H08 261203 0260 nop thue
        05/12/2026,FT03,,"500,000",0000114H082611240092
        05/12/2026,FT04,"20,000",,Phi dich vu
        06/12/2026,FT05,,"350,000",000.01.14.H08-261202-0090 chuyen lan 2
        06/12/2026,FT06,,"75,000",chuyen tien an trua
        06/12/2026,FT07,,"60,000",000.00.13.H08-261117-0005
        """

    func store() throws -> SQLiteCaseStore {
        let path = TestScratch.root + "ledger-\(UUID().uuidString).sqlite"
        let store = try SQLiteCaseStore(path: path, key: Self.key)
        try store.save([
            Self.owing("000.01.14.H08-261202-0090", [50_000, 300_000]),
            Self.owing("000.00.31.H08-261203-0260", [12_500_000]),
            Self.owing("000.01.14.H08-261124-0092", [300_000]),
            Self.owing("000.00.13.H08-261117-0005", [60_000], status: .returned),
        ])
        return store
    }

    func importing(_ store: SQLiteCaseStore) throws -> [KeptNotice] {
        let credits = try BankStatement.read(Self.statement, layout: Self.layout, timeZone: Self.zone).get()
        return try store.keep(credits.map { Reconciliation.incoming($0, in: Self.zone) }, deciding: Reconciliation.notice)
    }

    @Test func eachCreditIsKeptOnceAsItReconciles() throws {
        let store = try store()
        let first = try importing(store)
        #expect(first.map(\.notice.kind) == [.matched, .partial, .over, .notDue, .noReceipt, .notDue])
        #expect(first.map(\.line) == [3, 4, 5, 7, 8, 9])
        #expect(first.allSatisfy { $0.isNew })
        #expect(first[1].notice.due == 12_500_000 && first[2].notice.due == 300_000)
        // The second transfer for an already matched fee is not matched again: the cashier refunds it.
        #expect(first[3].notice.receipt?.description == "000.01.14.H08-261202-0090" && first[3].notice.due == nil)
        // The same statement again: nothing new, each credit as it was reconciled the first time.
        let second = try importing(store)
        #expect(second.map(\.notice) == first.map(\.notice))
        #expect(second.allSatisfy { !$0.isNew })
        #expect(try store.notices().count == 6)
    }

    @Test func theCaseCarriesItsTransfersAndOffersNoCode() throws {
        let store = try store()
        _ = try importing(store)
        let paid = try #require(try store.find(ReceiptNumber(parsing: "000.01.14.H08-261202-0090")!))
        #expect(paid.transfers.map(\.amount) == [350_000, 350_000])
        #expect(paid.status == .paymentNeeded, "the kiosk never moves a case on: the agency confirms")
        #expect(CasePayment.make(paid, catalog: CasePaymentTests.catalog, ceiling: 100_000_000)
            == .none(.transferSent(received: 700_000, on: LocalDay("2026-12-06")!)))
        let short = try #require(try store.find(ReceiptNumber(parsing: "000.00.31.H08-261203-0260")!))
        #expect(CasePayment.make(short, catalog: CasePaymentTests.catalog, ceiling: 100_000_000)
            == .none(.transferShort(received: 100_000, total: 12_500_000)))
        // The one-door system sends the case again (same status): its transfers stay.
        try store.save([Self.owing("000.01.14.H08-261202-0090", [50_000, 300_000])])
        #expect(try store.find(ReceiptNumber(parsing: "000.01.14.H08-261202-0090")!)?.transfers.count == 2)
    }

    @Test func nothingOfThePayerIsKept() throws {
        let store = try store()
        _ = try importing(store)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
            + ((try? Data(contentsOf: URL(fileURLWithPath: store.path + "-wal"))) ?? Data())
        for personal in ["NGUYEN VAN A", "an trua", "nop thue"] {
            #expect(bytes.range(of: Data(personal.utf8)) == nil, "\(personal)")
        }
    }

    @Test func headersWithTheirTranslationsNameTheColumns() {
        #expect(BankStatement.names("Số tiền ghi có/ Credit", "Số tiền ghi có"))
        #expect(BankStatement.names("SỐ TIỀN GHI CÓ\nCredit", "Số tiền ghi có"))
        #expect(BankStatement.names("  Số tham  chiếu ", "Số tham chiếu"))
        #expect(!BankStatement.names("Số tiền ghi nợ/ Debit", "Số tiền ghi có"))
        #expect(!BankStatement.names("Nội dung chi tiết", "Nội dung"))
    }
}
