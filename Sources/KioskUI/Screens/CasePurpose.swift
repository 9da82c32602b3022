import CaseTracking
import FeePayment
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
    func found(_ record: CaseRecord, _ context: ScreenContext) -> Transition {
        switch self {
        case .status:
            // A fee a code would be wrong for (0, over the ceiling, no bank, no purpose) is logged for the operator.
            var transition = Transition.push(.caseResult(CaseResultScreen(record: record)))
            if case .none(let reason) = CasePayment.make(record, catalog: context.app.catalog, ceiling: context.app.paymentCeiling),
               let withheld = PaymentWithheld(reason, agency: record.handlingAgency) {
                transition.effects.append(.paymentWithheld(withheld))
            }
            return transition
        case .rating: return CaseRatingScreen.start(record)
        }
    }
}
