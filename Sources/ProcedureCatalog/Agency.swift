/// An agency (cơ quan) that handles procedures, and where the center receives its cases.
public struct Agency: Hashable, Sendable, Identifiable {
    /// The catalog's key for the agency, e.g. `STP`.
    public var id: String
    /// The official agency identifier (mã định danh, Decision 20/2020/QĐ-TTg), e.g. `000.00.00.H08`.
    /// Absent for a generic agency that stands for every commune's people's committee.
    public var identifier: AgencyIdentifier?
    public var name: LocalizedText
    /// The level the agency belongs to.
    public var level: String
    /// The counter at the center where its cases are received, e.g. "Quầy 12".
    public var counter: LocalizedText?
    /// The floor or place of that counter.
    public var floor: LocalizedText?
    /// The queue its citizens take a number in at the center; nil where the center issues none for it (agencies
    /// that receive at their own offices).
    public var queue: QueueLine?
    /// The names the national record and list give this agency (e.g. "Sở Tư pháp" for the province's department
    /// of justice): the importer links a procedure to it when its handling agency is one of them.
    public var nationalNames: [String]
    /// Where it collects fees; nil: the kiosk shows no payment code for its cases, only where to pay.
    public var account: CollectingAccount?

    public init(
        id: String, identifier: AgencyIdentifier?, name: LocalizedText, level: String,
        counter: LocalizedText?, floor: LocalizedText?, queue: QueueLine? = nil, nationalNames: [String] = [],
        account: CollectingAccount? = nil
    ) {
        self.account = account
        self.id = id
        self.identifier = identifier
        self.name = name
        self.level = level
        self.counter = counter
        self.floor = floor
        self.queue = queue
        self.nationalNames = nationalNames
    }
}
