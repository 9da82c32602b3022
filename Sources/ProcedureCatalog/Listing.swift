/// What the catalog holds of a procedure beyond its contents: whether it is a full record or only the national
/// list's entry, whether its texts exist in English, and what the national record says of its origin.
public struct Listing: Hashable, Sendable {
    /// Only the national list's entry (`information_only: true`): the citizen is sent to the portal page.
    public var informationOnly: Bool
    /// The record's texts are in Vietnamese only (`english: missing`): imported, not yet translated.
    public var englishMissing: Bool
    /// The handling agency as the national list names it, when the catalog lists no agency for it.
    public var handledBy: LocalizedText?
    /// The procedure's page on the National Public Service Portal.
    public var portal: String?
    /// The decision that published it (quyết định công bố), e.g. `2628/QĐ-BTC`.
    public var decision: String?
    /// What the center adds for its citizens, kept by every re-import (ghi chú của trung tâm).
    public var localNote: LocalizedText?

    public init(
        informationOnly: Bool = false, englishMissing: Bool = false, handledBy: LocalizedText? = nil,
        portal: String? = nil, decision: String? = nil, localNote: LocalizedText? = nil
    ) {
        self.informationOnly = informationOnly
        self.englishMissing = englishMissing
        self.handledBy = handledBy
        self.portal = portal
        self.decision = decision
        self.localNote = localNote
    }
}
