/// Why a PIN is not fit for a kiosk in a public hall: `kiosk pin-hash` refuses these. A stranger tries the
/// obvious ones first, and the guess limit allows about a dozen tries a day.
public enum PINWeakness: Equatable, Sendable {
    /// Fewer than `StaffPIN.fitLength` digits (or more than 12, or not digits at all).
    case length
    /// One digit over and over: 000000, 777777.
    case sameDigit
    /// A straight run up or down the keypad, wrapping past 9: 123456, 654321, 890123.
    case straightRun
    /// A short block repeated: 121212, 123123.
    case repeatedBlock

    /// The weakness of `pin`, or nil when it is fit.
    public static func of(_ pin: String) -> PINWeakness? {
        guard StaffPIN.isWellFormed(pin), pin.count >= StaffPIN.fitLength else { return .length }
        let digits = pin.compactMap(\.wholeNumberValue)
        if Set(digits).count == 1 { return .sameDigit }
        let steps = Set(zip(digits, digits.dropFirst()).map { ($1 - $0 + 10) % 10 })
        if steps == [1] || steps == [9] { return .straightRun }
        for block in 2 ... 3 where digits.count % block == 0 {
            if digits.indices.allSatisfy({ digits[$0] == digits[$0 % block] }) { return .repeatedBlock }
        }
        return nil
    }

    /// What the operator reads.
    public var message: (vi: String, en: String) {
        switch self {
        case .length:
            ("Mã PIN cần \(StaffPIN.fitLength) đến 12 chữ số.", "The PIN must be \(StaffPIN.fitLength) to 12 digits.")
        case .sameDigit:
            ("Mã PIN không được chỉ lặp một chữ số (như 000000).", "The PIN must not be one digit repeated (like 000000).")
        case .straightRun:
            ("Mã PIN không được là dãy liên tiếp (như 123456, 654321).",
             "The PIN must not be a straight run (like 123456, 654321).")
        case .repeatedBlock:
            ("Mã PIN không được là một nhóm số lặp lại (như 121212, 123123).",
             "The PIN must not be a short block repeated (like 121212, 123123).")
        }
    }
}
