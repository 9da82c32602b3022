/// Which days the agencies work: Monday to Friday, except the listed public holidays. Appointment dates count
/// working days, so "N working days left" must too.
public struct WorkingCalendar: Sendable {
    public var holidays: Set<LocalDay>

    /// The working days of kiosk.conf's holidays (`YYYY-MM-DD`; checked when the file is read).
    public init(holidays: [String]) {
        self.init(holidays: Set(holidays.compactMap { LocalDay($0) }))
    }

    public init(holidays: Set<LocalDay> = []) {
        self.holidays = holidays
    }

    public func isWorkingDay(_ day: LocalDay) -> Bool {
        day.weekday != 0 && day.weekday != 6 && !holidays.contains(day)
    }

    /// Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    public func workingDays(from: LocalDay, to: LocalDay) -> Int {
        guard to > from else { return 0 }
        var count = 0
        var day = from.adding(days: 1)
        while day <= to {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// The day `count` working days after `from`.
    public func adding(workingDays count: Int, to from: LocalDay) -> LocalDay {
        var day = from
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }
}
