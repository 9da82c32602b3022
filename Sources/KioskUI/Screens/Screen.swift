/// Which screen a page of the kiosk shows.
public enum Screen: Equatable, Sendable {
    case home
    /// The fields, agencies or levels to browse by.
    case browse(BrowseTab)
    /// The procedures of one field, agency or level.
    case group(ProcedureGroup)
    /// The procedures the center marks as most asked for.
    case featured
    case search
    /// One procedure, by its position in the catalog.
    case procedure(Int)
    /// Typing the receipt number (keypad or keyboard or scanner).
    case caseEntry
    /// Typing the last 4 digits of the owner's ID number.
    case caseFactor
    /// The case found.
    case caseResult
    /// Staff type the PIN after the exit chord.
    case staffPIN
}

/// The three ways to browse the catalog.
public enum BrowseTab: Int, CaseIterable, Sendable {
    case field, agency, level
}

/// A set of procedures a citizen browses to.
public enum ProcedureGroup: Equatable, Sendable {
    case field(String)
    case agency(String)
    case level(String)
}
