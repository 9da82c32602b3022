import ProcedureCatalog

/// Postal addresses are kept and shown only from the ward (phường, xã, thị trấn) on: enough for the owner to
/// recognise where the result goes, nothing that leads a stranger to a door. "Số 12, đường Yersin, phường Phú
/// Cường, Thủ Dầu Một" reads "…, phường Phú Cường, Thủ Dầu Một".
public enum AddressMask {
    /// Words that open the ward part of a Vietnamese address (folded), and their English forms.
    private static let wardWords = ["phuong", "xa", "thi tran", "p.", "ward", "commune", "town"]

    public static func mask(_ address: String) -> String {
        let parts = address.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let ward = parts.firstIndex { part in
            let folded = VietnameseFolding.fold(part)
            return wardWords.contains { folded == $0 || folded.hasPrefix($0 + " ") }
        }
        if let ward {
            return ward == 0 ? parts.joined(separator: ", ") : "…, " + parts[ward...].joined(separator: ", ")
        }
        // Without a ward, the last two parts (district and province) and never the first (house and street).
        guard parts.count > 1 else { return "…" }
        return "…, " + parts[max(parts.count - 2, 1)...].joined(separator: ", ")
    }
}
