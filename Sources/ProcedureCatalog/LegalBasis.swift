import Foundation

/// A legal text a procedure rests on (căn cứ pháp lý).
public struct LegalBasis: Hashable, Sendable, Encodable {
    /// The document number, e.g. `60/2014/QH13`.
    public var number: String
    public var title: LocalizedText
    public var issuer: LocalizedText
    /// The day it was issued, `yyyy-MM-dd`.
    public var date: String

    public init(number: String, title: LocalizedText, issuer: LocalizedText, date: String) {
        self.number = number
        self.title = title
        self.issuer = issuer
        self.date = date
    }
}
