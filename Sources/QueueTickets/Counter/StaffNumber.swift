import Foundation

/// An officer's staff number (mã cán bộ), as the center's personnel list gives it: 2 to 16 letters, digits or
/// "-", kept upper-case ("CB-0123").
public struct StaffNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let text: String

    public init?(_ text: String) {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard (2 ... 16).contains(upper.count),
              upper.unicodeScalars.allSatisfy({ ("A" ... "Z").contains($0) || ("0" ... "9").contains($0) || $0 == "-" })
        else { return nil }
        self.text = upper
    }

    public var description: String { text }

    public static func < (a: StaffNumber, b: StaffNumber) -> Bool { a.text < b.text }
}
