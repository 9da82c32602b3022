import KioskConfiguration
import ProcedureCatalog

/// Staff type the PIN after the exit chord. Wrong PINs are counted kiosk-wide (`StaffExitPolicy`, kept in
/// var/ by the run loop); once they close the chord, the screen closes and the chord does nothing.
struct StaffPINScreen: KioskScreen {
    /// The PIN as typed: shown as dots, dropped with the screen.
    var pin = KeypadField.pin
    var message: CaseMessage?

    var id: Screen { .staffPIN }
    var wrapped: AnyScreen { .staffPIN(self) }

    func title(_ context: ScreenContext) -> String { CaseUIText.staffTitle[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { KeypadKey.hints }

    func spoken(_ context: ScreenContext) -> String { CaseUIText.staffPrompt[context.language] }
    func spokenFocus(_ context: ScreenContext) -> [String] { spokenKeypad(pin, message: message, context) }
    func action(for key: Key, _ context: ScreenContext) -> Action? { pin.action(for: key) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        guard case .keypad(let key) = action else { return nil }
        message = nil
        return pin.type(key) ? check(&context) : .stay
    }

    private mutating func check(_ context: inout ScreenContext) -> Transition {
        let app = context.app
        guard let hash = app.staffPINHash else { return .effects([.quit]) }
        let typed = pin.text
        pin.clear()
        let policy = app.staffExitPolicy
        guard policy.verdict(context.staffFailures, at: context.now) == .open else { return Transition(navigation: .home) }
        if StaffPIN.matches(typed, hash: hash) {
            return Transition(navigation: .stack([.staffMenu(StaffScreen())]), effects: [.staffPINAccepted])
        }
        // Counted here at once, so that nothing typed before the record's answer gets another try.
        context.staffFailures = policy.failing(context.staffFailures, at: context.now)
        var transition = Transition.effects([.recordWrongStaffPIN(at: context.now)])
        if policy.verdict(context.staffFailures, at: context.now) == .open {
            message = .wrongPIN
        } else {
            transition.navigation = .home
        }
        return transition
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        canvas.keypadForm(context, prompt: CaseUIText.staffPrompt[language],
                          value: pin.shown, keys: pin.keys,
                          message: message, help: CaseUIText.staffHelp[language])
    }
}
