/// Where a case stands against its appointment day: not a status of its own, but what citizens ask first.
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
}
