/// How citizens phrase a search beyond the procedures' own words (the catalog's `search.yaml`): everyday words
/// a query may hold that name no procedure, and synonyms applied to every procedure. Operators extend both
/// without code.
public struct SearchWords: Sendable, Equatable {
    /// Words and phrases people put around what they want that say nothing about it ("thủ tục", "ở đâu",
    /// "how to"): search leaves them out.
    public var ignored: [String]
    /// Everyday words that may also be part of what is meant ("làm" is also "lâm" in "lâm nghiệp", "cấp" tells
    /// "cấp" from "cấp lại"): a query never fails for want of them, and among procedures that match the rest
    /// equally well, one holding them comes first.
    public var optional: [String]
    public var synonyms: [SynonymGroup]

    public init(ignored: [String], optional: [String], synonyms: [SynonymGroup]) {
        self.ignored = ignored
        self.optional = optional
        self.synonyms = synonyms
    }

    /// A catalog without `search.yaml`.
    public static let none = SearchWords(ignored: [], optional: [], synonyms: [])
}

/// Names citizens use for one thing (abbreviations, everyday and English names), and how the catalog writes
/// it when that differs again.
public struct SynonymGroup: Sendable, Equatable {
    /// Each finds every procedure the group applies to: "cccd", "căn cước công dân", "ID card".
    public var citizensSay: [String]
    /// The catalog's own wording ("thường trú" for "hộ khẩu"): when given, only these make the group apply to a
    /// procedure; when empty, any of `citizensSay` does.
    public var catalogSays: [String]

    public init(citizensSay: [String], catalogSays: [String] = []) {
        self.citizensSay = citizensSay
        self.catalogSays = catalogSays
    }

    /// The phrases that make the group apply to a procedure holding one of them.
    public var triggers: [String] { catalogSays.isEmpty ? citizensSay : catalogSays }
}
