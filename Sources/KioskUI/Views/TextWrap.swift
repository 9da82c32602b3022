/// Breaking text into lines of a given width at spaces, never inside a word unless the word alone is wider
/// than the line (then between letters, never inside a letter). Lines are slices of the original text so
/// that ranges found in it (matched words) still apply.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [Substring] {
        lines(text[...], width: width)
    }

    public static func lines(_ text: Substring, width: Int) -> [Substring] {
        guard width > 0 else { return [] }
        var result: [Substring] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrap(paragraph, width: width, into: &result)
        }
        return result
    }

    private static func wrap(_ paragraph: Substring, width: Int, into result: inout [Substring]) {
        var lineStart = paragraph.startIndex
        var lineWidth = 0
        // Where the line may break: the end of the last word that fits, and where the next word starts.
        var lastBreak: (end: Substring.Index, next: Substring.Index)?
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            if character == " " { lastBreak = (index, next) }
            let w = DisplayWidth.of(character)
            if lineWidth + w > width, lineWidth > 0 {
                if let breakAt = lastBreak, breakAt.end > lineStart {
                    result.append(trimmed(paragraph[lineStart ..< breakAt.end]))
                    lineStart = breakAt.next
                    index = lineStart
                } else {  // one word wider than the line: break it between graphemes
                    result.append(paragraph[lineStart ..< index])
                    lineStart = index
                }
                lineWidth = 0
                lastBreak = nil
                while index < paragraph.endIndex, paragraph[index] == " " {
                    index = paragraph.index(after: index)
                    lineStart = index
                }
                continue
            }
            lineWidth += w
            index = next
        }
        result.append(trimmed(paragraph[lineStart...]))
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
