import CaseTracking
import Foundation
import KioskConfiguration
import KioskOperations
import KioskUI
import Logging

/// The run loop's side of the staff exit's guess limit: the record of wrong PINs in var/ (`StaffExitFile`) and
/// the log. Every wrong PIN and every pause or lock goes to the log, never the digits typed.
public struct StaffExitKeeper: Sendable {
    let file: StaffExitFile
    let policy: StaffExitPolicy
    let logger: Logger

    /// Wrong PINs typed while the record could not be written: added to it as soon as it can be, so that a
    /// disk that fills and empties again gives no fresh tries.
    private let unrecorded = Backlog<Date>()

    public init(file: StaffExitFile, policy: StaffExitPolicy, logger: Logger) {
        self.file = file
        self.policy = policy
        self.logger = logger
    }

    /// The record kept from before this start; a record that cannot be read locks the exit (see
    /// `StaffPINFailures.unreadable`).
    public func load(at now: Date) -> StaffPINFailures {
        do {
            return try file.read()
        } catch {
            logger.error("staff exit record unreadable: the exit chord is locked", metadata: [
                "problem": "\(error)", "unlock": "kiosk staff unlock",
            ])
            return .unreadable(at: now)
        }
    }

    /// The answer to `checkStaffExit`: the record as it is now (an operator may have cleared it), written anew
    /// to prove a wrong PIN could be counted: a record that cannot be written locks the exit like an unreadable
    /// one, or a full disk would let PINs be tried without limit.
    func check(at now: Date) -> KioskEvent {
        let failures: StaffPINFailures
        var unreadable = false
        do {
            try unrecorded.drain { (time: Date) throws(StaffExitFileError) in
                _ = try file.recordFailure(at: time, policy: policy)
            }
            failures = try file.rewrite()
        } catch {
            logger.error("staff exit record cannot be read or written: the exit chord is locked", metadata: [
                "problem": "\(error)", "unlock": "kiosk staff unlock",
            ])
            (failures, unreadable) = (.unreadable(at: now), true)
        }
        switch policy.verdict(failures, at: now) {
        case .open: break
        case .paused(let until):
            logger.info("staff exit chord ignored: paused after wrong PINs", metadata: ["until": "\(until.formatted(.iso8601))"])
        case .locked(let until):
            logger.info(unreadable ? "staff exit chord ignored: locked, the record cannot be used"
                            : "staff exit chord ignored: locked after wrong PINs", metadata: [
                "until": "\(until.formatted(.iso8601))", "unlock": "kiosk staff unlock",
            ])
        }
        return .answered(.staffExitChecked(failures))
    }

    /// The answer to `recordWrongStaffPIN`. A wrong PIN that cannot be recorded locks the exit (until the
    /// record can be written and staff unlock it): the limit must hold when the disk fails.
    func recordWrong(at now: Date) -> KioskEvent {
        let failures: StaffPINFailures
        do {
            failures = try file.recordFailure(at: now, policy: policy)
        } catch {
            unrecorded.hold(now)
            logger.error("wrong staff PIN not recorded: the exit chord is locked", metadata: [
                "problem": "\(error)", "unlock": "kiosk staff unlock",
            ])
            return .answered(.staffPINRecorded(.unreadable(at: now)))
        }
        let count = failures.count(within: policy.window, at: now)
        logger.warning("wrong staff PIN", metadata: ["wrong_pins_24h": "\(count)"])
        switch policy.verdict(failures, at: now) {
        case .open: break
        case .paused(let until):
            logger.warning("staff exit paused after wrong PINs", metadata: [
                "wrong_pins_24h": "\(count)", "until": "\(until.formatted(.iso8601))",
            ])
        case .locked(let until):
            logger.error("staff exit locked after wrong PINs", metadata: [
                "wrong_pins_24h": "\(count)", "until": "\(until.formatted(.iso8601))", "unlock": "kiosk staff unlock",
            ])
        }
        return .answered(.staffPINRecorded(failures))
    }

    /// The right PIN: the wrong ones before it are forgotten.
    func accepted() {
        do {
            try file.clear()
        } catch {
            logger.error("staff exit record not cleared", metadata: ["problem": "\(error)"])
        }
    }
}

