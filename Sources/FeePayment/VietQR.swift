import Foundation

/// A VietQR payment code (NAPAS's profile of the EMVCo merchant-presented QR) for one transfer: the receiving
/// bank's BIN and account, the amount in đồng, and the purpose carrying the case's receipt number. Dynamic (the
/// amount is fixed: the bank app does not ask for one), to an account (QRIBFTTA), in VND, Vietnam.
///
/// Character rules: every value is ASCII (EMVCo's "ans"; UTF-8 belongs only in the language template, which a
/// transfer does not need); the purpose is at most 25 characters (Additional Data, ID 08); an account number 1
/// to 19 letters or digits; the amount 1 to 13 digits, no decimals (the đồng has none). A value that breaks a
/// rule is refused, never cut: a shortened account or reference would send money where nobody can match it.
public struct VietQR: Sendable, Equatable {
    public let bin: String
    public let account: String
    public let amount: Int
    public let purpose: String

    public enum Problem: Error, Sendable, Equatable {
        case bin(String)
        case account(String)
        case amount(Int)
        case purpose(String)
    }

    /// NAPAS's globally unique identifier (the application ID in tag 38).
    static let napasGUID = "A000000727"
    /// To an account (QRIBFTTC: to a card).
    static let serviceToAccount = "QRIBFTTA"
    public static let purposeLimit = 25
    public static let amountDigitsLimit = 13

    public init(bin: String, account: String, amount: Int, purpose: String) throws(Problem) {
        guard bin.count == 6, bin.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .bin(bin) }
        guard (1 ... 19).contains(account.count), account.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw .account(account)
        }
        guard amount > 0, String(amount).count <= Self.amountDigitsLimit else { throw .amount(amount) }
        guard (1 ... Self.purposeLimit).contains(purpose.count),
              purpose.unicodeScalars.allSatisfy({ (0x20 ... 0x7E).contains($0.value) })
        else { throw .purpose(purpose) }
        self.bin = bin
        self.account = account
        self.amount = amount
        self.purpose = purpose
    }

    /// The text the QR code holds, CRC included.
    public var payload: String {
        let fields = [
            EMVField(id: "00", value: "01"),  // payload format indicator
            EMVField(id: "01", value: "12"),  // dynamic: this amount, this once
            EMVField.template("38", [
                EMVField(id: "00", value: Self.napasGUID),
                EMVField.template("01", [EMVField(id: "00", value: bin), EMVField(id: "01", value: account)]),
                EMVField(id: "02", value: Self.serviceToAccount),
            ]),
            EMVField(id: "53", value: "704"),  // VND
            EMVField(id: "54", value: String(amount)),
            EMVField(id: "58", value: "VN"),
            EMVField.template("62", [EMVField(id: "08", value: purpose)]),
        ]
        let body = fields.map(\.encoded).joined() + "6304"
        return body + CRC16.hex(CRC16.ccittFalse(Array(body.utf8)))
    }

    /// The purpose for a case: its receipt number as printed when it fits the 25 characters, else without its
    /// dots (a bank statement still shows it whole, so the payment can be matched); nil when even that is too
    /// long or not printable ASCII: then no code is shown (never a cut reference).
    public static func purpose(receipt: String) -> String? {
        for candidate in [receipt, receipt.replacingOccurrences(of: ".", with: "")]
            where (1 ... purposeLimit).contains(candidate.count)
            && candidate.unicodeScalars.allSatisfy({ (0x21 ... 0x7E).contains($0.value) })
        {
            return candidate
        }
        return nil
    }
}
