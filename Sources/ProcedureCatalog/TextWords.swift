/// Word boundaries in displayed text, matching how `VietnameseFolding.words` splits it.
public enum TextWords {
    public static func ranges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter = character.isLetter || character.isNumber
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let begun = start {
                ranges.append(begun ..< index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { ranges.append(begun ..< text.endIndex) }
        return ranges
    }
}
