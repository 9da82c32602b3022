import Foundation
import Testing
@testable import FeePayment

/// The VietQR payload against published worked examples, and its rules: lengths, characters, the CRC.
@Suite struct VietQRTests {
    /// The example decoded in the vietnam-qr-pay package's documentation (ACB, 1,000 đ, "Chuyen tien").
    static let published = "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8"

    @Test func thePublishedExampleIsRebuiltByteForByte() throws {
        let code = try VietQR(bin: "970416", account: "257678859", amount: 1000, purpose: "Chuyen tien")
        #expect(code.payload == Self.published)
    }

    @Test func theCRCIsCCITTFalse() {
        // The check value of CRC-16/CCITT-FALSE ("123456789" → 0x29B1), as every catalogue of CRCs gives it.
        #expect(CRC16.ccittFalse(Array("123456789".utf8)) == 0x29B1)
        #expect(CRC16.hex(0x0A1) == "00A1")
    }

    @Test func aFeeCodeIsDynamicWithTheReceiptNumberAsPurpose() throws {
        let code = try VietQR(bin: "970405", account: "3100201001234", amount: 200_000, purpose: "000.00.01.H08-261203-0001")
        let payload = code.payload
        #expect(payload.hasPrefix("000201010212"))
        #expect(payload.contains("0010A000000727"))
        #expect(payload.contains("0006970405" + "0113" + "3100201001234"))
        #expect(payload.contains("5303704" + "5406200000" + "5802VN"))
        #expect(payload.contains("6229" + "0825000.00.01.H08-261203-0001"))
        // The CRC covers everything before it, its own "6304" included.
        let body = String(payload.dropLast(4))
        #expect(body.hasSuffix("6304"))
        #expect(payload.suffix(4) == Substring(CRC16.hex(CRC16.ccittFalse(Array(body.utf8)))))
    }

    @Test func whatBreaksARuleIsRefusedNotCut() {
        #expect(throws: VietQR.Problem.bin("97041")) { try VietQR(bin: "97041", account: "1", amount: 1, purpose: "x") }
        #expect(throws: VietQR.Problem.account("12345678901234567890")) {
            try VietQR(bin: "970405", account: "12345678901234567890", amount: 1, purpose: "x")
        }
        #expect(throws: VietQR.Problem.amount(0)) { try VietQR(bin: "970405", account: "1", amount: 0, purpose: "x") }
        #expect(throws: VietQR.Problem.amount(10_000_000_000_000)) {
            try VietQR(bin: "970405", account: "1", amount: 10_000_000_000_000, purpose: "x")
        }
        #expect(throws: VietQR.Problem.purpose("Lệ phí hộ chiếu")) {
            try VietQR(bin: "970405", account: "1", amount: 1, purpose: "Lệ phí hộ chiếu")
        }
        #expect(throws: VietQR.Problem.purpose(String(repeating: "A", count: 26))) {
            try VietQR(bin: "970405", account: "1", amount: 1, purpose: String(repeating: "A", count: 26))
        }
    }

    @Test func thePurposeOfACase() {
        #expect(VietQR.purpose(receipt: "000.00.01.H08-261203-0001") == "000.00.01.H08-261203-0001")
        #expect(VietQR.purpose(receipt: "000.00.001.H08-261203-0001") == "00000001H08-261203-0001")
        #expect(VietQR.purpose(receipt: String(repeating: "9", count: 30)) == nil)
    }
}
