/// Typo tolerance: at most one insertion, deletion, substitution or transposition of adjacent letters
/// (Damerau–Levenshtein distance ≤ 1), on folded ASCII-or-UTF-8 bytes.
enum EditDistance {
    static func withinOne(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        let lengthA = a.count, lengthB = b.count
        if abs(lengthA - lengthB) > 1 { return false }
        var i = a.startIndex, j = b.startIndex
        // Skip the common start.
        while i < a.endIndex, j < b.endIndex, a[i] == b[j] {
            i += 1
            j += 1
        }
        if i == a.endIndex || j == b.endIndex { return abs(lengthA - lengthB) <= 1 }
        let restA = a[(i + 1)...], restB = b[(j + 1)...]
        if lengthA == lengthB {
            // Substitution, or transposition of a[i], a[i+1].
            if restA.elementsEqual(restB) { return true }
            if i + 1 < a.endIndex, j + 1 < b.endIndex, a[i] == b[j + 1], a[i + 1] == b[j] {
                return a[(i + 2)...].elementsEqual(b[(j + 2)...])
            }
            return false
        }
        // Insertion or deletion.
        return lengthA > lengthB ? restA.elementsEqual(b[j...]) : a[i...].elementsEqual(restB)
    }

    /// Whether `query` is within one edit of some start of `word` (the citizen is still typing it).
    static func withinOneOfPrefix(_ query: [UInt8], _ word: [UInt8]) -> Bool {
        let n = query.count
        for length in [n, n - 1, n + 1] where length >= 1 && length <= word.count {
            if withinOne(query[...], word[..<length]) { return true }
        }
        return false
    }
}
