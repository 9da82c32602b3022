import KioskConfiguration

/// Leaving the kiosk: the exit chord, then the staff PIN when one is set and lockdown is on.
extension KioskApp {
    /// Wrong PINs in a row before the PIN screen closes.
    static let pinAttempts = 3

    func staffExit(_ state: inout KioskState) -> [Effect] {
        guard lockdown, staffPINHash != nil else { return [.quit] }
        if state.screen != .staffPIN {
            state.push(.staffPIN)
            state.caseMessage = nil
        }
        return []
    }

    func checkStaffPIN(_ state: inout KioskState) -> [Effect] {
        guard let hash = staffPINHash else { return [.quit] }
        let pin = state.pinInput
        state.pinInput = ""
        if StaffPIN.matches(pin, hash: hash) { return [.quit] }
        state.pinFailures += 1
        if state.pinFailures >= Self.pinAttempts {
            state.pinFailures = 0
            state.goHome()
        } else {
            state.caseMessage = .wrongPIN
        }
        return []
    }
}
