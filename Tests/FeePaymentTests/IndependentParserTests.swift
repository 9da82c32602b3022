import Foundation
import TestSupport
import Testing
@testable import FeePayment

/// Our payment codes read by an independent VietQR parser from PyPI (vietnam-qr-pay, installed into .build/pypi by
/// scripts/ensure-pypi): it must agree on the bank, the account, the amount, the purpose, and find the CRC valid.
@Suite struct IndependentParserTests {
    @Test(arguments: [("970405", "3100201001234", 200_000, "000.00.01.H08-261203-0001"),
                      ("970436", "0071000123456", 1_500_000, "2.000488.000.00.00.H08"),
                      ("970418", "12345678901234567", 35_000, "00000001H08-261203-0001")])
    func theParserAgrees(bin: String, account: String, amount: Int, purpose: String) throws {
        let payload = try VietQR(bin: bin, account: account, amount: amount, purpose: purpose).payload
        #expect(try IndependentReaders.vietQR(payload) == ["True", bin, account, String(amount), purpose])
    }

    @Test func aPayloadWithAWrongCRCIsNotValidToIt() throws {
        var payload = try VietQR(bin: "970405", account: "3100201001234", amount: 200_000, purpose: "X").payload
        payload = String(payload.dropLast(4)) + (payload.hasSuffix("0000") ? "0001" : "0000")
        #expect(try IndependentReaders.vietQR(payload).first == "False")
    }
}
