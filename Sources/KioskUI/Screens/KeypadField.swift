/// A field typed on the on-screen keypad, the keyboard or a scanner's burst: the receipt number (the case
/// look-up, the staff unlock), the last 4 digits of an ID number, the staff PIN. What they share lives here:
/// which characters a field takes and how many, erasing, OK, and how it shows (a PIN and ID digits as dots:
/// someone may be looking over the citizen's shoulder).
struct KeypadField: Equatable, Sendable {
    enum Characters: Equatable, Sendable {
        /// Anything a receipt number may be typed with, upper-cased (spaces too: the form is checked on OK).
        case receipt
        /// The digits 0 to 9 alone.
        case digits
        /// A booking code: letters, digits and dashes, upper-cased (the keypad has digits and the dash; letters
        /// come from a keyboard or the scanner).
        case code
    }

    enum Display: Equatable, Sendable {
        case plain
        /// A dot a character.
        case dots
        /// A dot a character, then a line for each one still to type (the ID's 4 digits).
        case dotsToLimit
    }

    let characters: Characters
    let limit: Int
    let display: Display
    /// What was typed; dropped with the screen that holds the field.
    private(set) var text = ""

    /// A receipt number, as typed or scanned.
    static func receipt(_ text: String = "") -> KeypadField {
        var field = KeypadField(characters: .receipt, limit: 40, display: .plain)
        field.replace(with: text)
        return field
    }

    /// The last 4 digits of the owner's ID number.
    static let idDigits = KeypadField(characters: .digits, limit: 4, display: .dotsToLimit)
    /// A booking's code.
    static let bookingCode = KeypadField(characters: .code, limit: 32, display: .plain)
    /// The staff PIN (4 to 12 digits).
    static let pin = KeypadField(characters: .digits, limit: 12, display: .dots)

    var isEmpty: Bool { text.isEmpty }
    var count: Int { text.count }
    /// Whether every character the field takes has been typed.
    var isFull: Bool { text.count == limit }

    /// A key of the keypad: a character is added when the field takes it and has room, erase takes the last
    /// one back. Returns true for OK: the screen decides what OK does with the text.
    mutating func type(_ key: KeypadKey) -> Bool {
        switch key {
        case .character(let character):
            guard text.count < limit else { return false }
            switch characters {
            case .receipt: text.append(contentsOf: character.uppercased())
            case .digits: if character.isASCII, character.isNumber { text.append(character) }
            case .code:
                if character.isASCII, character.isLetter || character.isNumber || character == "-" {
                    text.append(contentsOf: character.uppercased())
                }
            }
        case .erase:
            if !text.isEmpty { text.removeLast() }
        case .ok:
            return true
        }
        return false
    }

    /// The text put in whole (a receipt number in its checked form, a scanned one), cut to the limit.
    mutating func replace(with new: String) {
        text = String(new.prefix(limit))
    }

    mutating func clear() { text = "" }

    /// What the physical keyboard's key does on this field's keypad.
    func action(for key: Key) -> Action? {
        KeypadKey.action(for: key, typed: text, spaces: characters == .receipt)
    }

    /// The keypad's keys for this field.
    var keys: [[KeypadKey]] {
        switch characters {
        case .receipt: KeypadKey.receipt
        case .digits: KeypadKey.digits
        case .code: KeypadKey.code
        }
    }

    /// The field as drawn.
    var shown: String {
        switch display {
        case .plain: text
        case .dots: String(repeating: "●", count: text.count)
        case .dotsToLimit: String(repeating: "●", count: text.count) + String(repeating: "_", count: limit - text.count)
        }
    }
}
