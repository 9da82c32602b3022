import Foundation

/// The provincial procedure database, loaded and validated: levels, fields, agencies and procedures.
public struct Catalog: Sendable {
    /// The province or authority the catalog is published by.
    public var publisher: LocalizedText
    public var levels: [Level]
    /// How the national record's levels map to `levels`.
    public var nationalLevels: [NationalLevel]
    public var fields: [Field]
    public var agencies: [Agency]
    /// Who is served first at the counters (`queue.yaml`); empty: the kiosk asks nobody.
    public var priorityGroups: [PriorityGroup]
    /// The banks that receive VietQR transfers (`banks.yaml`).
    public var banks: [Bank]
    /// Ordered by popularity (most needed first), then shorter names, then code (`Procedure.searchPrior`): the
    /// order lists show them in, and the order search stops early in.
    public private(set) var procedures: [Procedure]

    private var levelIndex: [String: Int] = [:]
    private var fieldIndex: [String: Int] = [:]
    private var agencyIndex: [String: Int] = [:]
    private var codeIndex: [ProcedureCode: Int] = [:]
    /// How citizens phrase a search (`search.yaml`): everyday words and synonyms. Kept in a box: with its three
    /// arrays inline, the debug build's copies of a catalog crashed (Swift 6.3.1, as CatalogWatcher.Loaded notes).
    private var searchWordsBox: SearchWordsBox
    public var searchWords: SearchWords { searchWordsBox.words }

    public init(publisher: LocalizedText, levels: [Level], fields: [Field], agencies: [Agency], procedures: [Procedure],
                nationalLevels: [NationalLevel] = [], searchWords: SearchWords = .none, priorityGroups: [PriorityGroup] = [],
                banks: [Bank] = []) {
        self.publisher = publisher
        self.priorityGroups = priorityGroups
        self.banks = banks
        searchWordsBox = SearchWordsBox(searchWords)
        self.nationalLevels = nationalLevels
        self.levels = levels.sorted { $0.rank < $1.rank }
        self.fields = fields
        self.agencies = agencies
        // Positions are sorted, not the procedures themselves: moving large records is most of a sort's cost.
        let keys = procedures.map { (prior: $0.searchPrior, code: $0.code) }
        let order = keys.indices.sorted {
            keys[$0].prior != keys[$1].prior ? keys[$0].prior > keys[$1].prior : keys[$0].code < keys[$1].code
        }
        // A snapshot's procedures come in order already: then they are kept as they are, not copied.
        self.procedures = order.elementsEqual(procedures.indices) ? procedures : order.map { procedures[$0] }
        for (index, level) in self.levels.enumerated() { levelIndex[level.id] = index }
        for (index, field) in self.fields.enumerated() { fieldIndex[field.id] = index }
        for (index, agency) in self.agencies.enumerated() { agencyIndex[agency.id] = index }
        for (index, procedure) in self.procedures.enumerated() { codeIndex[procedure.code] = index }
    }

    public func level(_ id: String) -> Level? { levelIndex[id].map { levels[$0] } }
    public func field(_ id: String) -> Field? { fieldIndex[id].map { fields[$0] } }
    public func agency(_ id: String) -> Agency? { agencyIndex[id].map { agencies[$0] } }
    public func procedure(_ code: ProcedureCode) -> Procedure? { codeIndex[code].map { procedures[$0] } }
    /// The procedure's position in `procedures` (what search results hold), by its code as written.
    public func position(of code: String) -> Int? { ProcedureCode(code).flatMap { codeIndex[$0] } }

    /// A procedure by its full code, or the procedures sharing a national part (`1.001193`).
    public func procedures(matchingCode text: String) -> [Procedure] {
        if let code = ProcedureCode(text), let found = procedure(code) { return [found] }
        let national = text.trimmingCharacters(in: .whitespaces)
        return procedures.filter { $0.code.national == national }
    }

    public var featured: [Procedure] { procedures.filter(\.featured) }
    public func procedures(inField id: String) -> [Procedure] { procedures.filter { $0.field == id } }
    public func procedures(ofAgency id: String) -> [Procedure] { procedures.filter { $0.agency == id } }
    public func procedures(atLevel id: String) -> [Procedure] { procedures.filter { $0.levels.contains(id) } }
}

/// `Catalog.searchWords`, by reference.
final class SearchWordsBox: Sendable {
    let words: SearchWords

    init(_ words: SearchWords) {
        self.words = words
    }
}
