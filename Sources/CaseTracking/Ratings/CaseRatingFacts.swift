import Foundation
import ProcedureCatalog

/// What the case data says for indicators 1 and 2 of the national form, shown to the citizen and not asked:
/// the total time against the appointment the law sets (shorter 2, on the day 1, later 0), and the time at the
/// agencies. The case record keeps one appointment for the whole case, not one per agency, so indicator 2 is
/// scored as indicator 1 (every agency shares the one deadline). Nil while it cannot be told yet: a case still
/// open before its appointment.
public struct CaseRatingFacts: Equatable, Sendable {
    public var totalTime: Int?
    public var agencyTime: Int?

    public init(_ record: CaseRecord, today: LocalDay) {
        guard let appointment = record.appointment else {
            totalTime = nil
            agencyTime = nil
            return
        }
        let finished = (record.finishedAt ?? record.returnedAt)?.day
        let score: Int? = switch finished {
        case .some(let day) where day < appointment: 2
        case .some(let day) where day == appointment: 1
        case .some: 0
        case .none: today > appointment ? 0 : nil
        }
        totalTime = score
        agencyTime = score
    }

    /// The derived answers, as a rating keeps them.
    public var answers: [Indicator: Int] {
        var answers: [Indicator: Int] = [:]
        if let totalTime { answers[.totalTime] = totalTime }
        if let agencyTime { answers[.agencyTime] = agencyTime }
        return answers
    }

    /// The day a rating of this case may still be replaced until: 30 days after its result.
    public static func replaceableUntil(_ record: CaseRecord) -> LocalDay? {
        guard let day = (record.returnedAt ?? record.finishedAt)?.day else { return nil }
        return LocalDay(ordinal: day.ordinal + 30)
    }
}

extension Rating {
    /// Whether a case's earlier rating may still be replaced on `today` (open cases always; finished ones for
    /// 30 days after the result).
    public static func mayReplace(_ record: CaseRecord, today: LocalDay) -> Bool {
        guard let until = CaseRatingFacts.replaceableUntil(record) else { return true }
        return today <= until
    }
}
