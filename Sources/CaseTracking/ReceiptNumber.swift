import Foundation

/// A case's receipt number (mã hồ sơ) as printed on the receipt slip: the receiving agency's identifier, the
/// day received and the day's sequence, `000.00.12.H08-241127-0042`.
public struct ReceiptNumber: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// `000.00.12.H08`: three levels of digits and the province (H and two digits).
    public let agency: String
    /// The day received, `yyMMdd`.
    public let day: String
    /// The day's sequence, 1–9999.
    public let sequence: Int

    public init?(agency: String, day: String, sequence: Int) {
        guard Self.isAgencyIdentifier(agency), Self.isDay(day), (1...9999).contains(sequence) else { return nil }
        self.agency = agency
        self.day = day
        self.sequence = sequence
    }

    /// The canonical form the database keys on.
    public var description: String {
        "\(agency)-\(day)-" + String(repeating: "0", count: 4 - String(sequence).count) + String(sequence)
    }

    /// The number with its middle hidden, for logs and screens that must not show it whole:
    /// `000.00.12.H08-24****-**42`.
    public var masked: String {
        let text = description
        let chars = Array(text)
        let keepStart = agency.count + 3, keepEnd = 2
        return String(chars.enumerated().map { index, char in
            index < keepStart || index >= chars.count - keepEnd || char == "-" ? char : "*"
        })
    }

    /// The example shown to citizens who type something else.
    public static let example = "000.00.12.H08-241127-0042"

    public static func < (a: ReceiptNumber, b: ReceiptNumber) -> Bool { a.description < b.description }

    static func isAgencyIdentifier(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 13 else { return false }
        let digit: (UInt8) -> Bool = { (0x30...0x39).contains($0) }
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 3, 6, 9: if byte != UInt8(ascii: ".") { return false }
            case 10: if byte != UInt8(ascii: "H") { return false }
            default: if !digit(byte) { return false }
            }
        }
        return true
    }

    /// A real calendar day written `yyMMdd` (years 2000–2099).
    static func isDay(_ text: String) -> Bool {
        guard text.count == 6, text.allSatisfy(\.isASCII), let value = Int(text) else { return false }
        return LocalDay(year: 2000 + value / 10000, month: value / 100 % 100, day: value % 100) != nil
    }
}
