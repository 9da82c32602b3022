import KioskGrid
import KioskTerminal

/// The terminal is what the kiosk's loop draws on and reads from.
extension Terminal: KioskDisplay {}
