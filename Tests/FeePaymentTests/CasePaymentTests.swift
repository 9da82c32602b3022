import CaseTracking
import Foundation
import ProcedureCatalog
import Testing
@testable import FeePayment

/// When a case shows a payment code, and when it must not: the amounts from the case alone, the agency's account
/// from the catalog, nothing shown that could send money wrong.
@Suite struct CasePaymentTests {
    static let account = CollectingAccount(bin: "970405", number: "3100201001234", holder: "SO TU PHAP TINH BINH DUONG")
    static let agencies = [
        Agency(id: "STP", identifier: nil, name: LocalizedText(vi: "Sở Tư pháp", en: "Department of Justice"), level: "province",
               counter: nil, floor: nil, account: account),
        Agency(id: "SXD", identifier: nil, name: LocalizedText(vi: "Sở Xây dựng", en: "Department of Construction"),
               level: "province", counter: nil, floor: nil),
    ]
    static let catalog = Catalog(publisher: LocalizedText(vi: "Tỉnh", en: "Province"), levels: [], fields: [],
                                 agencies: agencies, procedures: [],
                                 banks: [Bank(bin: "970405", shortName: "Agribank", name: "Ngân hàng Nông nghiệp")])

    static func record(_ status: CaseStatus = .paymentNeeded, agency: String = "STP", amounts: [Int] = [100_000, 35_000])
        -> CaseRecord
    {
        CaseRecord(receipt: ReceiptNumber(parsing: "000.00.13.H08-261203-0042")!, procedureCode: "2.000488.000.00.00.H08",
                   channel: .inPerson, receivedAt: nil, appointment: nil, status: status, handlingAgency: agency,
                   amountsDue: amounts.enumerated().map { AmountDue(purpose: CaseText(vi: "Lệ phí \($0.offset + 1)"), amount: $0.element) })
    }

    @Test func aCaseThatOwesFeesGetsOneCodeForTheTotal() throws {
        guard case .code(let code) = CasePayment.make(Self.record(), catalog: Self.catalog, ceiling: 100_000_000) else {
            Issue.record("no code")
            return
        }
        #expect(code.total == 135_000 && code.amounts.count == 2)
        #expect(code.bank.shortName == "Agribank" && code.account == Self.account)
        #expect(code.qr.amount == 135_000 && code.qr.purpose == "000.00.13.H08-261203-0042")
        #expect(code.qr.account == "3100201001234" && code.qr.bin == "970405")
        // Amounts changed by the one-door system: the next showing makes the code of the new total.
        guard case .code(let changed) = CasePayment.make(Self.record(amounts: [150_000]), catalog: Self.catalog,
                                                          ceiling: 100_000_000) else { return }
        #expect(changed.qr.amount == 150_000 && changed.qr.payload != code.qr.payload)
    }

    @Test func noCodeWhereItCouldBeWrong() {
        let make = { (record: CaseRecord, ceiling: Int) in CasePayment.make(record, catalog: Self.catalog, ceiling: ceiling) }
        #expect(make(Self.record(.processing), 100_000_000) == .none(.nothingDue))
        #expect(make(Self.record(.resultReady), 100_000_000) == .none(.nothingDue))
        #expect(make(Self.record(amounts: []), 100_000_000) == .none(.nothingDue))
        #expect(make(Self.record(amounts: [0]), 100_000_000) == .none(.zero))
        #expect(make(Self.record(), 100_000) == .none(.overCeiling(total: 135_000, ceiling: 100_000)))
        #expect(make(Self.record(agency: "SXD"), 100_000_000) == .none(.noAccount))
        #expect(make(Self.record(agency: "UNKNOWN"), 100_000_000) == .none(.noAccount))
    }
}
