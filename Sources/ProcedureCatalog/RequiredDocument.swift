/// One document in a case file (thành phần hồ sơ).
public struct RequiredDocument: Hashable, Sendable, Encodable {
    public var name: LocalizedText
    /// The form's name (tên mẫu đơn, tờ khai) when the document is filled on a form.
    public var form: LocalizedText?
    /// Number of originals (bản chính) to hand in.
    public var originals: Int
    /// Number of copies (bản sao) to hand in.
    public var copies: Int
    /// False for a document needed only in some situations.
    public var mandatory: Bool
    public var note: LocalizedText?

    public init(
        name: LocalizedText, form: LocalizedText? = nil, originals: Int, copies: Int, mandatory: Bool,
        note: LocalizedText? = nil
    ) {
        self.name = name
        self.form = form
        self.originals = originals
        self.copies = copies
        self.mandatory = mandatory
        self.note = note
    }
}

/// The documents needed in one case variant (trường hợp) of a procedure.
public struct DocumentSet: Hashable, Sendable, Encodable {
    /// The situation this set applies to, e.g. "Khai sinh đúng hạn".
    public var variant: LocalizedText
    public var documents: [RequiredDocument]

    public init(variant: LocalizedText, documents: [RequiredDocument]) {
        self.variant = variant
        self.documents = documents
    }
}
