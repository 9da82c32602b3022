/// Word boundaries in displayed text, exactly as `VietnameseFolding.words` splits it (the n-th range is the n-th
/// folded word): runs of letters and digits, a combining mark staying with the letter before it. Walked by
/// scalars, as folding does, which also spares Unicode's grapheme rules on every row of every frame.
public enum TextWords {
    public static func ranges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var end = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if VietnameseFolding.isWordScalar(scalar) {
                if start == nil { start = index }
                end = next
            } else if VietnameseFolding.isCombiningMark(scalar.value) {
                if start != nil { end = next }
            } else if let begun = start {
                ranges.append(begun ..< end)
                start = nil
            }
            index = next
        }
        if let begun = start { ranges.append(begun ..< end) }
        return ranges
    }
}
