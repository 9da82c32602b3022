/// An administrative level at which procedures are carried out (province, district, commune, ...).
/// Levels are data: a province with two levels simply lists two.
public struct Level: Hashable, Sendable, Identifiable {
    /// The catalog's key for the level, e.g. `province`.
    public var id: String
    public var name: LocalizedText
    /// Position from the top (0 = highest), for ordering in browse screens.
    public var rank: Int

    public init(id: String, name: LocalizedText, rank: Int) {
        self.id = id
        self.name = name
        self.rank = rank
    }
}
