import ProcedureCatalog

/// How names in the national data find the catalog's levels, fields and agencies: through the tables the
/// catalog keeps (`national_levels` in catalog.yaml, `national_names`/`national_code` in fields.yaml and
/// agencies.yaml) or the same Vietnamese name. Nothing is matched by resemblance: a field or agency the catalog
/// lacks is added or named as the record names it, never filed under something else.
struct CatalogNames {
    private var levelsByName: [String: String] = [:]
    private var levelsByCode: [String: String] = [:]
    private var fieldsByName: [String: String] = [:]
    private var fieldsByCode: [String: String] = [:]
    private var agenciesByName: [String: String] = [:]
    private var agenciesByIdentifier: [String: String] = [:]
    private(set) var fieldCodes: Set<String> = []

    init(_ catalog: Catalog) {
        for row in catalog.nationalLevels {
            levelsByName[Self.key(row.name)] = row.level
            levelsByCode[row.code] = row.level
        }
        for field in catalog.fields { add(field) }
        for agency in catalog.agencies {
            agenciesByName[Self.key(agency.name.vi)] = agency.id
            for name in agency.nationalNames { agenciesByName[Self.key(name)] = agency.id }
            if let identifier = agency.identifier { agenciesByIdentifier[identifier.description] = agency.id }
        }
    }

    /// Names compared as the same text: composed, case and spacing aside.
    static func key(_ name: String) -> String {
        CatalogText.normalized(name).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    mutating func add(_ field: Field) {
        fieldCodes.insert(field.id)
        fieldsByName[Self.key(field.name.vi)] = field.id
        for name in field.nationalNames { fieldsByName[Self.key(name)] = field.id }
        if let code = field.nationalCode { fieldsByCode[code] = field.id }
    }

    func level(named name: String) -> String? { levelsByName[Self.key(name)] }
    func level(code: String) -> String? { levelsByCode[code] }
    func field(named name: String) -> String? { fieldsByName[Self.key(name)] }
    func field(code: String) -> String? { fieldsByCode[code] }
    func agency(named name: String) -> String? { agenciesByName[Self.key(name)] }
    func agency(identifier: String) -> String? { agenciesByIdentifier[identifier] }
}
