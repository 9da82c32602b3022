import Foundation

extension ReceiptNumber {
    /// Reads a receipt number the way citizens type it or scanners send it: any case, spaces, missing or extra
    /// dots and dashes, full-width digits, other dash and dot characters, and noise around it (a label, a
    /// look-up URL from the slip's QR code, punctuation). Nil when no receipt number can be read.
    ///
    /// The rule: find an `H` followed by two digits (the province) with seven digits before it (the agency's
    /// three levels) and ten after it (the day and the sequence), separators anywhere between digits ignored;
    /// a digit directly around those means the text is something longer, not a receipt number.
    public init?(parsing input: String) {
        let symbols = Self.normalizedSymbols(input)
        // Try every H from the last: labels before the number ("Hồ sơ") may hold an H too.
        for index in symbols.indices.reversed() where symbols[index] == "H" {
            if let number = Self.read(symbols, provinceAt: index) {
                self = number
                return
            }
        }
        return nil
    }

    /// Upper-case ASCII letters, digits, `.` and `-`; full-width and other forms folded in; everything else
    /// becomes a space (which separates, like noise).
    private static func normalizedSymbols(_ input: String) -> [Character] {
        var symbols: [Character] = []
        for scalar in input.precomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: symbols.append(Character(scalar))
            case 0x41...0x5A: symbols.append(Character(scalar))
            case 0x61...0x7A: symbols.append(Character(Unicode.Scalar(scalar.value - 32)!))
            case 0x2E, 0xB7, 0x2024, 0x3002: symbols.append(".")  // dot, middle dot, one-dot leader, ideographic stop
            case 0x2D, 0x5F, 0x2010...0x2015, 0x2212, 0x2043: symbols.append("-")  // dashes, underscore, minus
            default:
                if let digit = Character(scalar).wholeNumberValue, scalar.properties.numericType == .decimal {
                    symbols.append(Character(String(digit)))  // other scripts' decimal digits
                } else {
                    symbols.append(" ")
                }
            }
        }
        return symbols
    }

    private static func read(_ symbols: [Character], provinceAt h: Int) -> ReceiptNumber? {
        guard h + 2 < symbols.count, symbols[h + 1].isASCIIDigit, symbols[h + 2].isASCIIDigit else { return nil }
        let separators: Set<Character> = [".", "-", " "]
        // Seven digits before the H.
        var before: [Character] = []
        var i = h - 1
        while i >= 0, before.count < 7 {
            if symbols[i].isASCIIDigit {
                before.insert(symbols[i], at: 0)
            } else if !separators.contains(symbols[i]) {
                break
            }
            i -= 1
        }
        guard before.count == 7 else { return nil }
        if i >= 0, symbols[i].isASCIIDigit { return nil }
        // Ten digits after the province.
        var after: [Character] = []
        var j = h + 3
        while j < symbols.count, after.count < 10 {
            if symbols[j].isASCIIDigit {
                after.append(symbols[j])
            } else if !separators.contains(symbols[j]) {
                break
            }
            j += 1
        }
        guard after.count == 10 else { return nil }
        if j < symbols.count, symbols[j].isASCIIDigit { return nil }
        let b = String(before), a = String(after)
        let agency = "\(b.prefix(3)).\(b.dropFirst(3).prefix(2)).\(b.suffix(2)).H\(symbols[h + 1])\(symbols[h + 2])"
        return ReceiptNumber(agency: agency, day: String(a.prefix(6)), sequence: Int(a.suffix(4)) ?? 0)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
