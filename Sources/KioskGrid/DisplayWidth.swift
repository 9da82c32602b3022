/// How many terminal cells text takes, as terminals measure it (`wcwidth`): combining marks take none,
/// East Asian wide and emoji-presentation characters take two, everything else one. Catalog text is NFC, so
/// every Vietnamese letter is one scalar of width 1; the rest is for names of foreign origin and pasted text.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            width = max(width, of(scalar))
        }
        return width
    }

    public static func of<S: StringProtocol>(_ text: S) -> Int {
        // Catalog text: every scalar a character of one cell, so its width is how many scalars start.
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard isOneCellText(bytes) else { return nil }
            var scalars = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
        if let counted = counted ?? nil { return counted }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Whether every scalar of the UTF-8 `bytes` is a whole character one cell wide whatever follows it (no
    /// combining mark, no control, nothing wide): U+0020–007E, U+00A0–02FF, U+1E00–1EFF. Such text (nearly all
    /// a catalog holds) can be measured and wrapped by its bytes, without Unicode's grapheme rules.
    public static func isOneCellText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {  // most bytes: a printable ASCII character, or a control
                guard byte >= 0x20 && byte != 0x7F else { return false }
                index += 1
                continue
            }
            switch byte {
            case 0xC2...0xCB:  // U+00A0–02FF (after C2, only A0 and up)
                guard index + 1 < count, (byte == 0xC2 ? 0xA0...0xBF : 0x80...0xBF).contains(bytes[index + 1])
                else { return false }
                index += 2
            case 0xE1:  // U+1E00–1EFF
                guard index + 2 < count, (0xB8...0xBB).contains(bytes[index + 1]), bytes[index + 2] & 0xC0 == 0x80
                else { return false }
                index += 3
            default:
                return false
            }
        }
        return true
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        // What every frame is made of, answered without Unicode's tables: Vietnamese letters (Latin Extended
        // Additional) and box drawing, all one cell.
        if (0x1E00...0x1EFF).contains(value) || (0x2500...0x257F).contains(value) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode 15, as glibc's wcwidth).
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
