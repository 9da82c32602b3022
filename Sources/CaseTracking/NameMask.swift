/// Names are shown only masked: the family name whole, then the first letter of each other name with its other
/// letters starred — "Nguyễn Văn An" reads "Nguyễn V** A*". Enough for the owner to recognise, too little for
/// a stranger to learn.
public enum NameMask {
    public static func mask(_ name: String) -> String {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard let family = words.first else { return "" }
        let others = words.dropFirst().map { word in
            String(word.prefix(1)) + String(repeating: "*", count: max(1, word.count - 1))
        }
        return ([String(family)] + others).joined(separator: " ")
    }
}
