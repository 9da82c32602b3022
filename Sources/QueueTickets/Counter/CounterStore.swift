import Foundation
import KioskConfiguration

/// Where the counters' officers and what they do are kept: beside the queue's tickets, in the kiosk's SQLite
/// file on one machine or on the hall server. Every action is one transaction, so two counters calling at
/// once never take the same ticket, and an action refused (`CounterRefusal`) changes nothing.
public protocol CounterStore: Sendable {
    /// Adds an officer, or gives one already there a new name and PIN; true when added.
    func saveOfficer(_ officer: Officer, pinHash: String) throws -> Bool
    /// Removes an officer (signed out wherever they were); false when there was none.
    func removeOfficer(_ staffNumber: StaffNumber) throws -> Bool
    func officers() throws -> [Officer]
    /// Clears an officer's wrong PINs (an operator, after checking who they are).
    func unlockOfficer(_ staffNumber: StaffNumber) throws -> Bool

    /// Signs an officer in at a counter with their PIN; wrong PINs count per officer, across counters and
    /// restarts (`StaffExitPolicy`).
    func signIn(_ staffNumber: StaffNumber, pin: String, counter: Int, day: String, at time: Date) throws -> SignInOutcome
    /// Signs out whoever is signed in at the counter (the officer, the idle time, an operator); returns them.
    func signOut(counter: Int, day: String, at time: Date) throws -> Officer?

    /// The counter now: who, paused or not, the ticket at it, the held ones, its lines.
    func status(counter: Int, lines: [String], day: String) throws -> CounterStatus
    /// Does an officer's action as the officer signed in at the counter; throws `CounterRefusal` when it
    /// cannot be done (nothing changed).
    func perform(_ action: CounterAction, counter: Int, lines: [String], day: String, at time: Date) throws -> CounterStatus
}

extension CounterStore {
    /// How many wrong PINs before a pause, how long, when the officer is locked out: the staff exit's rules.
    static var signInPolicy: StaffExitPolicy { StaffExitPolicy() }
}
