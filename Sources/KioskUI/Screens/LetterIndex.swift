import ProcedureCatalog

/// The letters a long list of names begins with, in Vietnamese alphabetical order (Đ after D), for jumping to
/// a letter: the browse screen's row of letter buttons and its type-ahead.
struct LetterIndex: Equatable {
    /// Each button: its label ("B", or "C–Đ" when letters share a button) and the first row it opens on.
    struct Entry: Equatable {
        var label: String
        var letters: [String]
        var firstRow: Int
    }

    let entries: [Entry]

    /// The initial a name is filed under: its first letter without tone marks, upper-cased; Đ stays Đ.
    static func initial(of name: String) -> String {
        guard let first = name.first else { return "" }
        if first == "Đ" || first == "đ" { return "Đ" }
        return VietnameseFolding.fold(String(first)).uppercased()
    }

    /// The order names are listed in: by initial (Đ after D), then folded, then as written.
    static func sortKey(_ name: String) -> (String, String, String) {
        let initial = initial(of: name)
        return (initial == "Đ" ? "D~" : initial, VietnameseFolding.fold(name), name)
    }

    /// An index of `names` (already in `sortKey` order) fitting `width` columns with buttons of at least
    /// `padding` columns around their label: letters share buttons when one button each would not fit.
    init(names: [String], width: Int, padding: Int) {
        var letters: [(letter: String, firstRow: Int)] = []
        for (row, name) in names.enumerated() {
            let letter = Self.initial(of: name)
            if letters.last?.letter != letter { letters.append((letter, row)) }
        }
        var groups = letters.count
        while groups > 1 {
            let entries = Self.grouped(letters, into: groups)
            let needed = entries.reduce(0) { $0 + DisplayWidth.of($1.label) + padding }
            if needed <= width {
                self.entries = entries
                return
            }
            groups -= 1
        }
        entries = []
    }

    /// `letters` cut into `count` runs as even as can be.
    private static func grouped(_ letters: [(letter: String, firstRow: Int)], into count: Int) -> [Entry] {
        (0 ..< count).map { group in
            let start = group * letters.count / count
            let end = (group + 1) * letters.count / count
            let run = letters[start ..< end]
            let label = run.count == 1 ? run[start].letter : "\(run[start].letter)–\(run[end - 1].letter)"
            return Entry(label: label, letters: run.map(\.letter), firstRow: run[start].firstRow)
        }
    }

    /// The first of `names` that begins with `typed`, folded and without spaces (so "thu" finds "Thuế" and
    /// "hotich" "Hộ tịch": the space key turns pages), if any.
    static func firstRow(startingWith typed: String, in names: [String]) -> Int? {
        let prefix = letters(typed)
        guard !prefix.isEmpty else { return nil }
        return names.firstIndex { letters($0).hasPrefix(prefix) }
    }

    private static func letters(_ text: String) -> String {
        VietnameseFolding.fold(text).filter { $0.isLetter || $0.isNumber }
    }
}
