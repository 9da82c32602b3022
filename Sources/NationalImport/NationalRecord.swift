import ProcedureCatalog

/// A procedure as the national database's record describes it (DOMAIN.md, "A procedure record"), read from its
/// upper-case keys into what the catalog can hold. Texts are Vietnamese: the record has no English.
public struct NationalRecord: Sendable, Equatable {
    public struct Channel: Sendable, Equatable {
        public var kind: ProcedureCatalog.Channel.Kind
        public var time: ProcessingTime
        public var fees: [Fee]
    }

    public struct Fee: Sendable, Equatable {
        /// nil: the record gives no amount (the province sets it).
        public var amount: Int?
        public var description: String
    }

    public struct Document: Sendable, Equatable {
        public var name: String
        public var form: String?
        public var originals: Int
        public var copies: Int
    }

    public struct Variant<Item: Sendable & Equatable>: Sendable, Equatable {
        /// TRUONGHOP; nil where the record names no case.
        public var name: String?
        public var items: [Item]
    }

    public struct Law: Sendable, Equatable {
        public var number: String
        public var title: String
        public var issuer: String
        /// yyyy-MM-dd.
        public var date: String
    }

    public struct Unit: Sendable, Equatable {
        /// MADONVI, when the record gives it.
        public var code: String?
        public var name: String
    }

    /// The national code, e.g. `1.000080`, and the full code when MATTHC has the authority's suffix.
    public var code: String
    public var name: String
    /// TRANGTHAI 1: published. Any other value: withdrawn or not in force.
    public var isPublic: Bool
    /// CAPTHUCHIEN codes with the name the record gives.
    public var levels: [(code: String, name: String?)]
    /// The first LINHVUCTHUCHIEN.
    public var field: Unit?
    public var applicants: String?
    public var submitAt: String?
    public var conditions: String?
    public var keywords: [String]
    public var steps: [Variant<String>]
    public var channels: [Channel]
    public var documents: [Variant<Document>]
    public var results: [String]
    public var legalBasis: [Law]
    /// COQUANTHUCHIEN: the handling agencies.
    public var agencies: [Unit]
    /// Where it was read: the file and the record's place in it (`result[3]`).
    public var file: String
    public var path: String

    public static func == (lhs: NationalRecord, rhs: NationalRecord) -> Bool {
        lhs.code == rhs.code && lhs.name == rhs.name && lhs.isPublic == rhs.isPublic
            && lhs.levels.map(\.code) == rhs.levels.map(\.code) && lhs.field == rhs.field
            && lhs.applicants == rhs.applicants && lhs.submitAt == rhs.submitAt && lhs.conditions == rhs.conditions
            && lhs.keywords == rhs.keywords && lhs.steps == rhs.steps && lhs.channels == rhs.channels
            && lhs.documents == rhs.documents && lhs.results == rhs.results && lhs.legalBasis == rhs.legalBasis
            && lhs.agencies == rhs.agencies && lhs.file == rhs.file && lhs.path == rhs.path
    }
}
