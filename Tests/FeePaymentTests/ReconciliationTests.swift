import CaseTracking
import Foundation
import Testing
@testable import FeePayment

/// A statement with matching, partial, over, duplicate and foreign lines, read and matched as the cashier needs.
@Suite struct ReconciliationTests {
    static let layout = BankStatement.Layout(date: "Ngày giao dịch", credit: "Số tiền ghi có", description: "Nội dung giao dịch",
                                             reference: "Số tham chiếu", dateFormat: "dd/MM/yyyy")
    static let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    static let statement = """
        SAO KÊ TÀI KHOẢN,,,,
        Số tài khoản: 3100201001234,,,,
        Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Nội dung giao dịch
        02/12/2026,FT2633600001,,"350,000",MBVCB.123.000.01.14.H08-261124-0090.CT tu 0123
        02/12/2026,FT2633600002,,"100,000",000 01 14 H08 261124 0091 nop le phi
        02/12/2026,FT2633600003,,"500.000",0000114H082611240092
        03/12/2026,FT2633600004,"20,000",,Phi dich vu
        03/12/2026,FT2633600005,,"75,000.00",chuyen tien an trua
        03/12/2026,FT2633600006,,"50,000",000.00.13.H08-261203-0042
        """

    @Test func theStatementIsReadFromItsHeaderOn() throws {
        let credits = try BankStatement.read(Self.statement, layout: Self.layout, timeZone: Self.zone).get()
        #expect(credits.map(\.amount) == [350_000, 100_000, 500_000, 75_000, 50_000])  // the debit is left out
        #expect(credits.map(\.reference) == ["FT2633600001", "FT2633600002", "FT2633600003", "FT2633600005", "FT2633600006"])
        #expect(credits.first?.line == 4)
    }

    @Test func eachCreditIsMatchedOrListed() throws {
        let credits = try BankStatement.read(Self.statement, layout: Self.layout, timeZone: Self.zone).get()
        let owed = ["000.01.14.H08-261124-0090": 350_000, "000.01.14.H08-261124-0091": 300_000,
                    "000.01.14.H08-261124-0092": 300_000]
        let outcomes = credits.map { Reconciliation.outcome(of: $0) { owed[$0.description] } }
        let r = { (text: String) in ReceiptNumber(parsing: text)! }
        #expect(outcomes == [
            .matched(r("000.01.14.H08-261124-0090"), amount: 350_000),
            .partial(r("000.01.14.H08-261124-0091"), paid: 100_000, due: 300_000),
            .over(r("000.01.14.H08-261124-0092"), paid: 500_000, due: 300_000),
            .noReceipt,
            .notDue(r("000.00.13.H08-261203-0042"), paid: 50_000),
        ])
    }

    @Test func aBadFileSaysWhereAndWhat() {
        let bad = """
            Ngày giao dịch,Số tham chiếu,Số tiền ghi có,Nội dung giao dịch
            2026-12-02,FT1,"350,000",x
            02/12/2026,FT2,"350,50",x
            02/12/2026,,"350,000",x
            """
        guard case .failure(let problems) = BankStatement.read(bad, layout: Self.layout, timeZone: Self.zone) else {
            Issue.record("a bad statement was read")
            return
        }
        #expect(problems.all.map(\.line) == [2, 3, 4])
        guard case .failure(let none) = BankStatement.read("a,b\n1,2\n", layout: Self.layout, timeZone: Self.zone) else {
            Issue.record("a file without the header was read")
            return
        }
        #expect(none.all.map(\.line) == [1])
        #expect(none.all.map(\.message) == [
            "no header row with the columns “Ngày giao dịch”, “Số tiền ghi có”, “Nội dung giao dịch”, “Số tham chiếu”"])
        #expect(none.all.first?.message(.vi).hasPrefix("không có dòng tiêu đề") == true)
    }

    @Test func amountsInTheWaysBanksWriteThem() {
        #expect(BankStatement.amount("350,000") == 350_000)
        #expect(BankStatement.amount("350.000") == 350_000)
        #expect(BankStatement.amount("350,000.00") == 350_000)
        #expect(BankStatement.amount("350.000,00 VND") == 350_000)
        #expect(BankStatement.amount("+1.500.000") == 1_500_000)
        #expect(BankStatement.amount("350,50") == nil)
        #expect(BankStatement.amount("abc") == nil)
    }
}
