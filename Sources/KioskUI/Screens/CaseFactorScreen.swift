import CaseTracking
import ProcedureCatalog

/// Checking a case, second step: the last 4 digits of the owner's ID number, shown as dots (someone may be
/// looking over the citizen's shoulder). Failed look-ups are counted by the case store, not here.
struct CaseFactorScreen: KioskScreen {
    let receipt: ReceiptNumber
    let purpose: CasePurpose
    var digits = KeypadField.idDigits
    var message: CaseMessage?

    init(receipt: ReceiptNumber, purpose: CasePurpose = .status) {
        self.receipt = receipt
        self.purpose = purpose
    }

    var id: Screen { .caseFactor }
    var wrapped: AnyScreen { .caseFactor(self) }

    func title(_ context: ScreenContext) -> String { purpose.title(CaseUIText.factorTitle)[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { KeypadKey.hints }

    /// The receipt number (to a headphone only), what to type and why.
    func spoken(_ context: ScreenContext) -> String {
        let language = context.language
        let receipt = context.app.speechPrivate ? [CaseUIText.receiptLine(receipt, language)] : []
        return KioskApp.joined(receipt + [CaseUIText.factorPrompt[language], CaseUIText.factorWhy[language], SpeechUIText.keypadKeys[language]])
    }

    func spokenFocus(_ context: ScreenContext) -> [String] { spokenKeypad(digits, message: message, context) }
    func action(for key: Key, _ context: ScreenContext) -> Action? { digits.action(for: key) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        guard case .keypad(let key) = action else { return nil }
        guard message != .lookingUp else { return .stay }  // one look-up at a time; the keypad waits for it
        message = nil
        guard digits.type(key) else { return .stay }
        guard digits.isFull else {
            message = .needFourDigits
            return .stay
        }
        message = .lookingUp
        return .effects([.lookUpCase(receipt, idLast4: digits.text)])
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        // Only the answer this screen asked for.
        guard case .lookedUp(let number, let outcome) = answer, number == receipt, message == .lookingUp else {
            return .stay
        }
        message = nil
        // The digits go with the answer: back from the case, or after a failure, they are typed again.
        digits.clear()
        if case .found(let record) = outcome { return purpose.found(record, context) }
        message = CaseMessage(answer: outcome)
        return .stay
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        let help = [CaseUIText.receiptLine(receipt, language), CaseUIText.factorWhy[language]].joined(separator: "\n")
        canvas.keypadForm(context, prompt: CaseUIText.factorPrompt[language], value: digits.shown, keys: digits.keys,
                          message: message, help: help)
    }
}
