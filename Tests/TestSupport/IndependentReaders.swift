import Foundation

/// Programs outside the kiosk that read what it makes, as a phone or a bank app would: a VietQR parser from PyPI
/// (vietnam-qr-pay, in .build/pypi by scripts/ensure-pypi), zbar for QR codes, qrencode to draw a code the way a
/// receipt printer draws the data it is sent.
public enum IndependentReaders {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// What vietnam-qr-pay reads from a VietQR payload: valid, BIN, account, amount, purpose (one a line).
    public static func vietQR(_ payload: String) throws -> [String] {
        let output = try run("/usr/bin/env", ["python3", "-c", """
            import sys
            from vietnam_qr_pay import QRPay
            q = QRPay(sys.argv[1])
            print(q.is_valid); print(q.consumer.bank_bin); print(q.consumer.bank_number); print(q.amount)
            print(q.additional_data.purpose)
            """, payload], environment: ["PYTHONPATH": "\(root)/.build/pypi"])
        return output.split(separator: "\n").map(String.init)
    }

    /// The data a printer would print as a QR code, drawn by qrencode and read back by zbarimg.
    public static func printedQR(_ data: String) throws -> String {
        let picture = TestScratch.root + "printed-qr-\(UUID().uuidString).png"
        _ = try run("/usr/bin/env", ["qrencode", "-l", "M", "-s", "6", "-o", picture, data])
        return try run("/usr/bin/env", ["zbarimg", "--quiet", "--raw", picture]).trimmingCharacters(in: .newlines)
    }

    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs a program; its standard output, or `Failed` with its standard error.
    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "\(arguments.prefix(2).joined(separator: " ")) exited \(process.terminationStatus): \(problem)")
        }
        return text
    }
}
