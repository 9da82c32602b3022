import CaseTracking
import Foundation
import TestSupport
import Testing

/// `kiosk payments import` as a cashier runs it on the bank's statement export, with the shipped column names.
@Suite("Payment commands")
struct PaymentsCommandTests {
    static func statement(_ lines: [String]) -> String {
        (["NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM,,,,",
          "SAO KÊ TÀI KHOẢN / STATEMENT OF ACCOUNT,,,,",
          "Ngày giao dịch/ Transaction Date,Số tham chiếu/ Reference No.,Số tiền ghi nợ/ Debit,Số tiền ghi có/ Credit,Nội dung/ Description"]
         + lines).joined(separator: "\n") + "\n"
    }

    func payment(_ kiosk: TemporaryKiosk, _ demo: (receipt: String, last4: String, status: Int)) throws -> [String: Any] {
        let json = try Kiosk.run(["status", demo.receipt, "--id-last4", demo.last4, "--json", "--config", kiosk.config])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["status_code"] as? Int == 6, "the case's status stays the one-door system's")
        return try #require(object?["payment"] as? [String: Any], "\(json.stdout)\(json.stderr)")
    }

    @Test("a statement reconciles: matched cases show the transfer, the rest is listed, a second import changes nothing")
    func importStatement() throws {
        let kiosk = try TemporaryKiosk()
        let seeded = try kiosk.seed()
        let land = try #require(seeded["payment-land-transfer-fee"])
        let tax = try #require(seeded["payment-registration-tax"])
        let passport = try #require(seeded["payment-passport-late"])
        let passportTotal = try #require(try payment(kiosk, passport)["total"] as? Int)
        let file = kiosk.folder + "/statement.csv"
        try Self.statement([
            "05/12/2026,FT2634000001,,\"350,000\",MBVCB.1234.\(land.receipt).CT tu 0123 NGUYEN VAN A",
            "05/12/2026,FT2634000002,,\"100,000\",\(tax.receipt.replacingOccurrences(of: ".", with: " ")) nop thue",
            "05/12/2026,FT2634000003,\"20,000\",,Phi dich vu",
            "06/12/2026,FT2634000004,,\"75,000\",chuyen tien an trua",
            "06/12/2026,FT2634000005,,\"\(passportTotal + 10_000)\",\(passport.receipt)",
        ]).write(toFile: file, atomically: true, encoding: .utf8)
        let first = try Kiosk.run(["payments", "import", file, "--config", kiosk.config, "--lang", "en"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("4 credits: 4 new, 0 imported before (unchanged)."), "\(first.stdout)")
        #expect(first.stdout.contains("1 matching what a case owes"), "\(first.stdout)")
        #expect(first.stdout.contains("For the cashier (3):"))
        #expect(first.stdout.contains("line 5  05/12/2026  FT2634000002  100,000 VND  PARTIAL: \(tax.receipt) owes"), "\(first.stdout)")
        #expect(first.stdout.contains("line 7  06/12/2026  FT2634000004  75,000 VND  NO RECEIPT NUMBER in the description “chuyen tien an trua”"))
        #expect(first.stdout.contains("line 8  06/12/2026  FT2634000005") && first.stdout.contains("OVER: \(passport.receipt)"))
        // The kiosk (and `status --json`) now says the transfer came and offers no code.
        let landPayment = try payment(kiosk, land)
        #expect(landPayment["no_code"] as? String == "transfer_sent" && landPayment["received"] as? Int == 350_000)
        #expect(try payment(kiosk, tax)["no_code"] as? String == "transfer_short")
        let text = try Kiosk.run(["status", land.receipt, "--id-last4", land.last4, "--config", kiosk.config, "--lang", "en"])
        #expect(text.stdout.contains("A transfer of 350,000 VND was received on 05/12/2026, waiting for the agency to confirm."),
                "\(text.stdout)")
        // The same statement again: nothing new, the same outcomes.
        let again = try Kiosk.run(["payments", "import", file, "--config", kiosk.config, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(object["imported"] as? Int == 0 && object["already_imported"] as? Int == 4)
        let credits = try #require(object["credits"] as? [[String: Any]])
        #expect(credits.compactMap { $0["outcome"] as? String } == ["matched", "partial", "no_receipt", "over"])
        #expect(credits.allSatisfy { $0["new"] as? Bool == false })
        let list = try Kiosk.run(["payments", "list", "--config", kiosk.config, "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any])?.count == 4)
        #expect(try payment(kiosk, land)["received"] as? Int == 350_000, "counted once")
    }

    @Test("a statement with a bad line keeps nothing and says where; a bad column setting names its key")
    func badStatement() throws {
        let kiosk = try TemporaryKiosk()
        _ = try kiosk.seed()
        let file = kiosk.folder + "/statement.csv"
        try Self.statement([
            "05/12/2026,FT1,,\"350,000\",000.01.14.H08-261202-0090",
            "2026-12-05,FT2,,\"100,000\",x",
        ]).write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Kiosk.run(["payments", "import", file, "--config", kiosk.config, "--lang", "vi"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(file):5: ngày “2026-12-05” không theo mẫu dd/MM/yyyy"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Không nhập khoản nào (1 lỗi)"))
        let list = try Kiosk.run(["payments", "list", "--config", kiosk.config, "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any])?.count == 0, "\(list.stdout)")

        let misnamed = try TemporaryKiosk(settings: [("payments", "statement_credit_column", "Có")])
        let noHeader = try Kiosk.run(["payments", "import", file, "--config", misnamed.config, "--lang", "en"])
        #expect(noHeader.status == 1 && noHeader.stderr.contains("no header row with the columns"), "\(noHeader.stderr)")
        let badPattern = try TemporaryKiosk(settings: [("payments", "statement_date_format", "HH:mm")])
        let rejected = try Kiosk.run(["validate", "--config", badPattern.config, "--lang", "en"])
        #expect(rejected.status != 0 && rejected.stderr.contains("payments.statement_date_format"), "\(rejected.stderr)")
    }
}
