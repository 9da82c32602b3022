import CaseTracking
import ProcedureCatalog

/// Why a citizen looks a case up: to see its status, or to rate it. The same receipt number, second factor and
/// guess limit either way; only what follows differs.
enum CasePurpose: Equatable, Sendable {
    case status
    case rating

    /// The look-up screens' title.
    func title(_ status: LocalizedText) -> LocalizedText {
        self == .status ? status : RatingUIText.caseTitle
    }

    /// What a found case opens.
    func found(_ record: CaseRecord) -> Transition {
        switch self {
        case .status: .push(.caseResult(CaseResultScreen(record: record)))
        case .rating: CaseRatingScreen.start(record)
        }
    }
}
