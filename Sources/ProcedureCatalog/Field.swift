/// A field of administration (lĩnh vực), such as civil status or land.
public struct Field: Hashable, Sendable, Identifiable {
    /// The field's code (mã lĩnh vực), unique in the catalog.
    public var id: String
    public var name: LocalizedText
    /// The field's code in the national record (MALINHVUC), when the catalog's own code differs.
    public var nationalCode: String?
    /// The names the national record and list give the field, when they differ from the catalog's: the importer
    /// files a record under this field when its field has one of them.
    public var nationalNames: [String]

    public init(id: String, name: LocalizedText, nationalCode: String? = nil, nationalNames: [String] = []) {
        self.id = id
        self.name = name
        self.nationalCode = nationalCode
        self.nationalNames = nationalNames
    }
}
