import Foundation
import KioskConfiguration

/// An officer's sign-in, decided from their record: the wrong PINs kept with them (JSON of
/// `StaffPINFailures`, counted under the staff exit's rules) and the sessions at this counter or of this
/// officer. The PIN is checked only when the officer may try; a wrong one is counted, the right one clears the
/// count.
public struct OfficerPINCheck {
    let failures: StaffPINFailures
    let pinHash: String
    let policy = StaffExitPolicy()

    public init(failures json: String, pinHash: String) {
        failures = (try? JSONDecoder.counter.decode(StaffPINFailures.self, from: Data(json.utf8))) ?? StaffPINFailures()
        self.pinHash = pinHash
    }

    /// The outcome and the officer's wrong PINs after it (JSON, to be written back).
    public func outcome(pin: String, at time: Date, officer: Officer, sessions: [(counter: Int, staff: String)], counter: Int)
        -> (result: SignInOutcome, failures: String)
    {
        switch policy.verdict(failures, at: time) {
        case .paused(let until): return (.paused(until: until), Self.json(failures))
        case .locked(let until): return (.locked(until: until), Self.json(failures))
        case .open: break
        }
        guard StaffPIN.matches(pin, hash: pinHash) else {
            return (.wrongPIN, Self.json(policy.failing(failures, at: time)))
        }
        let cleared = Self.json(StaffPINFailures())
        if let other = sessions.first(where: { $0.staff == officer.staffNumber.text }) {
            return other.counter == counter ? (.signedIn(officer), cleared) : (.elsewhere(counter: other.counter), cleared)
        }
        if let taken = sessions.first(where: { $0.counter == counter }), let by = StaffNumber(taken.staff) {
            return (.counterTaken(by: by), cleared)
        }
        return (.signedIn(officer), cleared)
    }

    static func json(_ failures: StaffPINFailures) -> String {
        (try? String(decoding: JSONEncoder.counter.encode(failures), as: UTF8.self)) ?? "{}"
    }
}

extension JSONDecoder {
    static let counter: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }()
}

extension JSONEncoder {
    static let counter: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }()
}
