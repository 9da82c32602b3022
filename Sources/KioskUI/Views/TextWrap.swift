/// Breaking text into lines of a given width at spaces, never inside a word unless the word alone is wider
/// than the line (then between letters, never inside a letter). Lines are slices of the original text so
/// that ranges found in it (matched words) still apply.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [Substring] {
        lines(text[...], width: width)
    }

    /// How many lines `lines` makes of `text`, without making them (a list lays out every row, but draws one
    /// page of them).
    public static func lineCount(_ text: String, width: Int) -> Int {
        guard width > 0 else { return 0 }
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard !bytes.contains(0x0A), DisplayWidth.isOneCellText(bytes) else { return nil }
            var count = 0
            wrap(units: bytes, width: width, cells: { $0 & 0xC0 == 0x80 ? 0 : 1 }, space: 0x20) { _ in count += 1 }
            return count
        }
        return (counted ?? nil) ?? lines(text, width: width).count
    }

    /// `walkingCharacters`: never the scalar walk (tests compare the two).
    public static func lines(_ text: Substring, width: Int, walkingCharacters: Bool = false) -> [Substring] {
        guard width > 0 else { return [] }
        var result: [Substring] = []
        // Most texts are one paragraph: found from the bytes, without splitting by characters.
        guard text.utf8.contains(0x0A) else {
            wrap(text, width: width, walkingCharacters: walkingCharacters, into: &result)
            return result
        }
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrap(paragraph, width: width, walkingCharacters: walkingCharacters, into: &result)
        }
        return result
    }

    private static func wrap(_ paragraph: Substring, width: Int, walkingCharacters: Bool,
                             into result: inout [Substring]) {
        // Catalog text is Latin and NFC: every scalar a letter of one cell. Walking its bytes (a letter where a
        // scalar starts) then gives the same lines without Unicode's grapheme rules, which cost most of a frame
        // listing 500 results.
        let walkedBytes = !walkingCharacters && paragraph.utf8.withContiguousStorageIfAvailable { bytes in
            guard DisplayWidth.isOneCellText(bytes) else { return false }
            let utf8 = paragraph.utf8
            wrap(units: bytes, width: width, cells: { $0 & 0xC0 == 0x80 ? 0 : 1 }, space: 0x20) { range in
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                result.append(trimmed(paragraph[start ..< utf8.index(start, offsetBy: range.count)]))
            }
            return true
        } == true
        if !walkedBytes {
            wrap(units: paragraph, width: width, cells: DisplayWidth.of, space: " ") { result.append(trimmed(paragraph[$0])) }
        }
    }

    /// Lines walked as `units` (the characters of the text, or its bytes when each scalar is a character),
    /// each given to `line` as a range of units (with any spaces it ends in).
    private static func wrap<Units: BidirectionalCollection>(
        units: Units, width: Int, cells: (Units.Element) -> Int, space: Units.Element,
        line: (Range<Units.Index>) -> Void
    ) where Units.Element: Equatable {
        var lineStart = units.startIndex
        var lineWidth = 0
        // Where the line may break: the end of the last word that fits, and where the next word starts.
        var lastBreak: (end: Units.Index, next: Units.Index)?
        var index = units.startIndex
        while index < units.endIndex {
            let unit = units[index]
            let next = units.index(after: index)
            if unit == space { lastBreak = (index, next) }
            let w = cells(unit)
            if lineWidth + w > width, lineWidth > 0 {
                if let breakAt = lastBreak, breakAt.end > lineStart {
                    line(lineStart ..< breakAt.end)
                    lineStart = breakAt.next
                    index = lineStart
                } else {  // one word wider than the line: break it between graphemes
                    line(lineStart ..< index)
                    lineStart = index
                }
                lineWidth = 0
                lastBreak = nil
                while index < units.endIndex, units[index] == space {
                    index = units.index(after: index)
                    lineStart = index
                }
                continue
            }
            lineWidth += w
            index = next
        }
        line(lineStart ..< units.endIndex)
    }

    private static func trimmed(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " { end = line.index(before: end) }
        return line[line.startIndex ..< end]
    }

    /// `text` cut to `width` cells at a word boundary where possible, ending in `…` when anything was cut.
    public static func truncated(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let first = lines(text, width: width - 1).first.map(String.init) ?? ""
        return first + "…"
    }
}
