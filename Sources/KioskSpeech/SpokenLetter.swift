import ProcedureCatalog

/// A letter of a code said by its name, as Vietnamese spell a number plate ("H" is "hát").
enum SpokenLetter {
    static let vietnamese: [Character: String] = [
        "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "dê", "Đ": "đê", "E": "e", "Ê": "ê", "F": "ép",
        "G": "giê", "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "e lờ", "M": "em mờ", "N": "en nờ", "O": "o",
        "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "e rờ", "S": "ét xì", "T": "tê", "U": "u", "Ư": "ư",
        "V": "vê", "W": "vê kép", "X": "ích xì", "Y": "i dài", "Z": "dét",
    ]

    static func name(_ letter: Character, _ language: Language) -> String {
        let upper = Character(letter.uppercased())
        if language == .vi, let name = vietnamese[upper] { return name }
        // English: the capital alone is read as its name by the synthesizer.
        return String(upper)
    }
}
