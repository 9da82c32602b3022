/// An administrative level at which procedures are carried out (province, district, commune, ...).
/// Levels are data: a province with two levels simply lists two.
public struct Level: Hashable, Sendable, Identifiable {
    /// The catalog's key for the level, e.g. `province`.
    public var id: String
    public var name: LocalizedText
    /// Position from the top (0 = highest), for ordering in browse screens.
    public var rank: Int
    /// A level of the province (province, district, commune). Procedures carried out only at other levels
    /// (`local: false`: ministries, other central bodies) are shown only when kiosk.conf asks for every level.
    public var isLocal: Bool

    public init(id: String, name: LocalizedText, rank: Int, isLocal: Bool = true) {
        self.id = id
        self.name = name
        self.rank = rank
        self.isLocal = isLocal
    }
}
