import CaseTracking
import KioskConfiguration
import ProcedureCatalog

extension KioskConfig {
    /// The working days of kiosk.conf's holidays (its days are checked when the file is read).
    public var workingCalendar: WorkingCalendar {
        WorkingCalendar(holidays: Set(holidays.compactMap { LocalDay($0) }))
    }
}
