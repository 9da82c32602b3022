/// A group of citizens the hall serves first at its counters (`Catalog/queue.yaml`): who they are, in both
/// languages, and the legal text that gives them priority. Catalog data, so a province adds or words its groups
/// without a new program. The citizen declares the group at the kiosk; the officer checks it at the counter.
public struct PriorityGroup: Sendable, Equatable {
    /// Short and stable ("elderly"): tickets and reports keep it.
    public var id: String
    public var name: LocalizedText
    /// The law or rule the priority comes from, as the documentation cites it.
    public var basis: LocalizedText

    public init(id: String, name: LocalizedText, basis: LocalizedText) {
        self.id = id
        self.name = name
        self.basis = basis
    }

    /// Letters, digits and dashes, lower case, 2 to 24: what a ticket and the command line carry.
    public static func isValidID(_ text: String) -> Bool {
        (2...24).contains(text.count)
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension Catalog {
    public func priorityGroup(_ id: String) -> PriorityGroup? { priorityGroups.first { $0.id == id } }
}
