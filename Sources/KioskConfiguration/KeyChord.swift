/// A sequence of keys pressed one after the other, such as the staff exit `ctrl-x ctrl-q`.
/// Written in kiosk.conf as key names separated by spaces: `ctrl-a`…`ctrl-z`, `f1`…`f12`, or one printable
/// character.
public struct KeyChord: Hashable, Sendable, CustomStringConvertible {
    public enum Stroke: Hashable, Sendable {
        /// Ctrl with a letter, stored lower case.
        case control(Character)
        case function(Int)
        case character(Character)
    }

    public var strokes: [Stroke]

    /// The staff exit when kiosk.conf names none. Two control keys nobody presses by accident in a row.
    public static let defaultStaffExit = KeyChord(strokes: [.control("x"), .control("q")])

    /// The form kiosk.conf accepts, for error messages.
    public static let syntax = "key names such as \"ctrl-x ctrl-q\" or \"f12 f10\" (2 to 4 keys)"

    public init(strokes: [Stroke]) {
        self.strokes = strokes
    }

    /// Parses `ctrl-x ctrl-q`; nil when a name is unknown or there are fewer than 2 or more than 4 keys
    /// (one key could be hit by a citizen by chance; more than four nobody remembers).
    public init?(parsing text: String) {
        var strokes: [Stroke] = []
        for name in text.lowercased().split(separator: " ") {
            guard let stroke = Self.stroke(named: String(name)) else { return nil }
            strokes.append(stroke)
        }
        guard (2...4).contains(strokes.count) else { return nil }
        self.strokes = strokes
    }

    private static func stroke(named name: String) -> Stroke? {
        if name.hasPrefix("ctrl-"), name.count == 6, let letter = name.last, letter.isASCII, letter.isLetter {
            return .control(letter)
        }
        if name.hasPrefix("f"), name.count > 1, let number = Int(name.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        if name.count == 1, let character = name.first, character.isASCII, !character.isWhitespace,
           character.asciiValue.map({ $0 >= 0x21 && $0 < 0x7F }) == true
        {
            return .character(character)
        }
        return nil
    }

    public var description: String {
        strokes.map { stroke in
            switch stroke {
            case .control(let letter): "ctrl-\(letter)"
            case .function(let number): "f\(number)"
            case .character(let character): String(character)
            }
        }.joined(separator: " ")
    }
}
