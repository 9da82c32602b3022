import ProcedureCatalog

/// What of a query typed into search may be kept: folded words, without anything that could be somebody's
/// number. A receipt number typed into search drops the whole query (it says nothing about procedures); a run of 4
/// or more digits, however it is grouped ("0901 234 567", "079.123.456"), is dropped from it — an ID, a phone, a
/// PIN typed into the wrong box — unless it is a procedure code, whole or being typed ("1.001193"), which names a
/// procedure, nobody's number.
public enum SearchPrivacy {
    /// The query as it may be kept, or nil when nothing of it may (or nothing is left).
    public static func kept(_ query: String) -> String? {
        if ReceiptNumber(parsing: query) != nil { return nil }
        let tokens = query.split(whereSeparator: \.isWhitespace)
        var kept: [Substring] = []
        var run: [Substring] = []
        var digits = 0
        /// A run of number-like tokens ends: kept when it holds fewer than 4 digits.
        func close() {
            if digits < minimumDigits { kept += run }
            run = []
            digits = 0
        }
        for token in tokens {
            if isProcedureCode(token) {
                close()
                kept.append(token)
            } else if token.allSatisfy({ $0.isNumber || separators.contains($0) }) {
                run.append(token)
                digits += token.filter(\.isNumber).count
            } else {
                close()
                kept.append(contentsOf: withoutNumbers(token))
            }
        }
        close()
        let words = VietnameseFolding.words(kept.joined(separator: " "))
        return words.isEmpty ? nil : String(words.joined(separator: " ").prefix(maximumLength))
    }

    /// Runs of this many digits or more are dropped.
    static let minimumDigits = 4
    /// A kept query is cut here (the search box takes 80 characters).
    public static let maximumLength = 80

    /// What people put between the groups of a number they read out.
    static let separators: Set<Character> = [".", "-", "/", "_", ",", "(", ")", "+"]

    /// A token holding letters and numbers ("cccd079123456789", "sđt:0901234567"): its runs of 4 or more digits
    /// taken out, the rest kept.
    static func withoutNumbers(_ token: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = token.startIndex
        var index = token.startIndex
        while index < token.endIndex {
            guard token[index].isNumber else {
                index = token.index(after: index)
                continue
            }
            var end = index
            var count = 0
            while end < token.endIndex, token[end].isNumber || separators.contains(token[end]) {
                if token[end].isNumber { count += 1 }
                end = token.index(after: end)
            }
            if count >= minimumDigits {
                if start < index { pieces.append(token[start ..< index]) }
                start = end
            }
            index = end
        }
        if start < token.endIndex { pieces.append(token[start...]) }
        return pieces
    }

    /// `1.001193.000.00.00.H08`, `1.001193`, or the start of one (`1.0011`).
    static func isProcedureCode(_ token: Substring) -> Bool {
        if ProcedureCode(String(token)) != nil { return true }
        let bytes = Array(token.utf8)
        return bytes.count >= 3 && bytes.count <= 8 && bytes[0] >= 0x30 && bytes[0] <= 0x39 && bytes[1] == 0x2E
            && bytes[2...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
