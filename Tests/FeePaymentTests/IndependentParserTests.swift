import Foundation
import Testing
@testable import FeePayment

/// Our payment codes read by an independent VietQR parser from PyPI (vietnam-qr-pay, installed into .build/pypi by
/// scripts/ensure-pypi): it must agree on the bank, the account, the amount, the purpose, and find the CRC valid.
@Suite struct IndependentParserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// What vietnam-qr-pay reads from `payload`: valid, BIN, account, amount, purpose (one a line).
    static func read(_ payload: String) throws -> [String] {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import sys
            from vietnam_qr_pay import QRPay
            q = QRPay(sys.argv[1])
            print(q.is_valid); print(q.consumer.bank_bin); print(q.consumer.bank_number); print(q.amount)
            print(q.additional_data.purpose)
            """, payload]
        python.environment = ProcessInfo.processInfo.environment.merging(["PYTHONPATH": "\(root)/.build/pypi"]) { _, new in new }
        let output = Pipe()
        python.standardOutput = output
        let errors = Pipe()
        python.standardError = errors
        try python.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(python.terminationStatus == 0, "vietnam-qr-pay (bash scripts/ensure-pypi installs it): \(problem)")
        return text.split(separator: "\n").map(String.init)
    }

    @Test(arguments: [("970405", "3100201001234", 200_000, "000.00.01.H08-261203-0001"),
                      ("970436", "0071000123456", 1_500_000, "2.000488.000.00.00.H08"),
                      ("970418", "12345678901234567", 35_000, "00000001H08-261203-0001")])
    func theParserAgrees(bin: String, account: String, amount: Int, purpose: String) throws {
        let payload = try VietQR(bin: bin, account: account, amount: amount, purpose: purpose).payload
        #expect(try Self.read(payload) == ["True", bin, account, String(amount), purpose])
    }

    @Test func aPayloadWithAWrongCRCIsNotValidToIt() throws {
        var payload = try VietQR(bin: "970405", account: "3100201001234", amount: 200_000, purpose: "X").payload
        payload = String(payload.dropLast(4)) + (payload.hasSuffix("0000") ? "0001" : "0000")
        #expect(try Self.read(payload).first == "False")
    }
}
