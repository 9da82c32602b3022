/// A field of administration (lĩnh vực), such as civil status or land.
public struct Field: Hashable, Sendable, Identifiable {
    /// The field's code (mã lĩnh vực), unique in the catalog.
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
