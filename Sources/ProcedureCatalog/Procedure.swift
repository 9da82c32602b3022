/// An administrative procedure (thủ tục hành chính) as a citizen reads it at the kiosk.
public struct Procedure: Hashable, Sendable, Identifiable {
    /// Whether the procedure is handled by one agency, or passes between several (liên thông).
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case standard
        case interlinked
    }

    public var code: ProcedureCode
    public var id: ProcedureCode { code }
    public var name: LocalizedText
    /// Keys of the levels at which it is carried out.
    public var levels: [String]
    /// Key of its field.
    public var field: String
    public var kind: Kind
    /// Key of the handling agency; nil for an information-only entry whose agency the catalog does not list
    /// (then `handledBy` names it as the national list does).
    public var agency: String?
    /// Where to submit, when it differs from the agency's counter at the center.
    public var submitAt: LocalizedText?
    public var channels: [Channel]
    public var online: OnlineService
    public var steps: [LocalizedText]
    public var documents: [DocumentSet]
    /// Who may apply; nil only for an information-only entry whose list gives none.
    public var applicants: LocalizedText?
    public var conditions: LocalizedText?
    public var results: [LocalizedText]
    public var legalBasis: [LegalBasis]
    public var keywords: [LocalizedText]
    /// 0 to 100: how often citizens need it. Ranks search results and orders lists.
    public var popularity: Int
    /// Shown among the featured procedures on the home screen.
    public var featured: Bool
    /// True for a procedure made by the synthetic catalog generator: never real.
    public var synthetic: Bool
    public var source: FileLocation
    /// What the catalog holds of the procedure, and where it came from.
    public var listing: Listing

    public init(
        code: ProcedureCode, name: LocalizedText, levels: [String], field: String, kind: Kind, agency: String?,
        submitAt: LocalizedText?, channels: [Channel], online: OnlineService, steps: [LocalizedText],
        documents: [DocumentSet], applicants: LocalizedText?, conditions: LocalizedText?, results: [LocalizedText],
        legalBasis: [LegalBasis], keywords: [LocalizedText], popularity: Int, featured: Bool, synthetic: Bool,
        source: FileLocation, listing: Listing = Listing()
    ) {
        self.code = code
        self.name = name
        self.levels = levels
        self.field = field
        self.kind = kind
        self.agency = agency
        self.submitAt = submitAt
        self.channels = channels
        self.online = online
        self.steps = steps
        self.documents = documents
        self.applicants = applicants
        self.conditions = conditions
        self.results = results
        self.legalBasis = legalBasis
        self.keywords = keywords
        self.popularity = popularity
        self.featured = featured
        self.synthetic = synthetic
        self.source = source
        self.listing = listing
    }

    /// What ranks a procedure before others that match a query equally well, and orders lists: its popularity,
    /// then a shorter name (of two names beginning with what was typed, the shorter is more often the one
    /// meant: "Cấp lại giấy phép lái xe" before "Cấp lại giấy phép lái xe quốc tế do …"). 0 to 807.
    public var searchPrior: Int {
        var words = 0
        var inWord = false
        for byte in name.vi.utf8 {
            let separator = byte == 0x20 || byte == 0x2C || byte == 0x3B
            if !separator && !inWord { words += 1 }
            inWord = !separator
        }
        return popularity << 3 | (7 - min(7, max(0, words - 1) / 3))
    }

    /// Only name, code, field, levels, agency and the portal page: the full details are on the national portal.
    public var isInformationOnly: Bool { listing.informationOnly }

    /// The channel a citizen most often uses, for at-a-glance time and fee in lists: in person when offered.
    public var primaryChannel: Channel? {
        channels.first { $0.kind == .inPerson } ?? channels.first
    }
}
