/// Where a case stands against its appointment day: not a status of its own, but what citizens ask first.
import ProcedureCatalog

public enum CaseTiming: Equatable, Sendable {
    /// Still open, `workingDays` working days before the appointment.
    case daysLeft(workingDays: Int)
    case dueToday
    /// Still open after the appointment day, by `days` calendar days.
    case late(days: Int)
    /// Finished (result ready) on this day; `late` when after the appointment.
    case finished(on: LocalDay, late: Bool)
    case returned(on: LocalDay)
    /// Closed without a result (not accepted, withdrawn, stopped), or no appointment was set.
    case none

    public init(_ record: CaseRecord, today: LocalDay, calendar: WorkingCalendar) {
        switch record.status {
        case .returned:
            if let day = record.returnedAt?.day ?? record.finishedAt?.day { self = .returned(on: day) } else { self = .none }
            return
        case .resultReady:
            if let day = record.finishedAt?.day {
                self = .finished(on: day, late: record.appointment.map { day > $0 } ?? false)
            } else {
                self = .none
            }
            return
        default:
            break
        }
        guard record.status.isOpen, let appointment = record.appointment else {
            self = .none
            return
        }
        if appointment == today {
            self = .dueToday
        } else if appointment > today {
            self = .daysLeft(workingDays: max(1, calendar.workingDays(from: today, to: appointment)))
        } else {
            self = .late(days: today.ordinal - appointment.ordinal)
        }
    }

    /// "còn 3 ngày làm việc", "due today", "2 days late", "returned on 25/11/2026"; nil for `.none`. The screen and
    /// the command line say it the same way.
    public func text(_ language: Language) -> String? {
        let vi = language == .vi
        switch self {
        case .daysLeft(let n): return vi ? "còn \(n) ngày làm việc" : (n == 1 ? "1 working day left" : "\(n) working days left")
        case .dueToday: return vi ? "đến hạn hôm nay" : "due today"
        case .late(let n): return vi ? "trễ hạn \(n) ngày" : (n == 1 ? "1 day late" : "\(n) days late")
        case .finished(let day, let late):
            return vi ? "có kết quả ngày \(day.slashed)\(late ? " (trễ hạn)" : " (đúng hạn)")"
                : "ready on \(day.slashed)\(late ? " (late)" : " (on time)")"
        case .returned(let day): return vi ? "đã trả ngày \(day.slashed)" : "returned on \(day.slashed)"
        case .none: return nil
        }
    }
}
