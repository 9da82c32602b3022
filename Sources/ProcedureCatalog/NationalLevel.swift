/// One row of the catalog's table from the national record's levels to its own (`national_levels` in
/// catalog.yaml): the record names a level by code (`CAPTHUCHIEN`: 0 ministry, 1 province, 2 district,
/// 3 commune) and the published list by name ("Cấp tỉnh"). A province with two levels maps no row to a district.
public struct NationalLevel: Hashable, Sendable {
    /// `CAPTHUCHIEN`, e.g. `1`.
    public var code: String
    /// The name the portal shows, e.g. `Cấp tỉnh`.
    public var name: String
    /// The catalog's level id.
    public var level: String

    public init(code: String, name: String, level: String) {
        self.code = code
        self.name = name
        self.level = level
    }
}
