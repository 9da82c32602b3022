import ProcedureCatalog

/// A code for a field the national list names but the catalog lacks: the initials of its words, folded to
/// ASCII and upper-cased ("Hải quan" → `HQ`), with a number added when that code is taken. The list gives no
/// codes of its own; the national record's `MALINHVUC` is used where there is one.
enum FieldCodes {
    /// Words that make no initial: they are in half the names and would only lengthen the codes.
    private static let skipped: Set<String> = ["va", "cua", "cac", "ve", "theo", "doi", "voi", "tai"]

    static func make(for name: String, taken: Set<String>) -> String {
        let words = VietnameseFolding.fold(name).split { !$0.isLetter && !$0.isNumber }
        var initials = words.filter { !skipped.contains(String($0)) }.compactMap(\.first).map(String.init).joined()
        if initials.isEmpty { initials = "LV" }
        let base = String(initials.uppercased().prefix(8))
        var code = base
        var number = 2
        while taken.contains(code) {
            code = "\(base)\(number)"
            number += 1
        }
        return code
    }
}
