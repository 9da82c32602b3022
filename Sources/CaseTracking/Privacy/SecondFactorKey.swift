import Crypto
import Foundation

/// The secret that turns the last 4 digits of an owner's ID number into a keyed hash (HMAC-SHA256), so that the
/// case database never holds the digits themselves. It lives in its own file, outside the database, readable only
/// by the kiosk's user: a copied database alone tells nothing, and 10,000 candidates cannot be tried without it.
/// Every kiosk of a hall and the machine that imports cases share one key.
public struct SecondFactorKey: Sendable {
    /// The key's bytes (SymmetricKey is not Sendable; one is made for each use, which costs nothing).
    private let bytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: bytes) }

    /// 32 bytes, written as 64 hexadecimal digits (one line) so that an operator can copy it between machines.
    public static let byteCount = 32

    public init(bytes: [UInt8]) {
        precondition(bytes.count == Self.byteCount, "a second-factor key is 32 bytes")
        self.bytes = bytes
    }

    /// A new random key.
    public static func generate() -> SecondFactorKey {
        SecondFactorKey(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
    }

    /// The keyed hash of a receipt number with the digits typed for it. The receipt number is part of the
    /// message, so the same 4 digits give unrelated hashes on two cases.
    public func digest(receipt: ReceiptNumber, last4: String) -> SecondFactorDigest {
        let message = Array("\(receipt.description)\u{0}\(last4)".utf8)
        return SecondFactorDigest(Array(HMAC<SHA256>.authenticationCode(for: message, using: key)))
    }

    /// What the count of failed look-ups is kept under instead of the receipt number: most failures are
    /// mistyped numbers (someone's ID digits, a phone), and the count must not keep them. Keyed, so the 10^18
    /// numbers cannot be hashed and matched without the key; 16 bytes in hexadecimal.
    public func guessKey(_ receipt: ReceiptNumber) -> String {
        let message = Array("receipt-guesses\u{0}\(receipt.description)".utf8)
        return Self.hexadecimal(HMAC<SHA256>.authenticationCode(for: message, using: key).prefix(16))
    }

    /// Names the key without revealing it: stored in the database, so that a kiosk whose key differs from the
    /// one the cases were imported with says so instead of answering "no such case" to everyone.
    public var fingerprint: String {
        let code = HMAC<SHA256>.authenticationCode(for: Array("kiosk second-factor key".utf8), using: key)
        return Self.hexadecimal(code.prefix(8))
    }

    var hex: String { Self.hexadecimal(bytes) }

    private static func hexadecimal(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    init?(hex text: String) {
        let digits = Array(text.utf8)
        guard digits.count == Self.byteCount * 2 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.init(bytes: bytes)
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// A keyed hash of the second factor, as the case database keeps it.
public struct SecondFactorDigest: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Compares in time that does not depend on where the two differ.
    public func matches(_ other: SecondFactorDigest) -> Bool {
        guard bytes.count == other.bytes.count else { return false }
        var difference: UInt8 = 0
        for index in bytes.indices { difference |= bytes[index] ^ other.bytes[index] }
        return difference == 0
    }
}
