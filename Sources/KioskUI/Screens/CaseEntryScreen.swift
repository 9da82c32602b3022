import CaseTracking
import ProcedureCatalog

/// Checking a case, first step: the receipt number from the slip, typed on the keypad or the keyboard, or
/// scanned. Its form is checked here; then the second factor (or, without one, the look-up).
struct CaseEntryScreen: KioskScreen {
    /// The receipt number as typed.
    var input = KeypadField.receipt()
    var message: CaseMessage?
    /// The number looked up, until its answer comes.
    var asked: ReceiptNumber?
    /// What the case is looked up for.
    var purpose = CasePurpose.status

    var id: Screen { .caseEntry }
    var wrapped: AnyScreen { .caseEntry(self) }

    func title(_ context: ScreenContext) -> String { purpose.title(CaseUIText.entryTitle)[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { KeypadKey.hints }

    func spoken(_ context: ScreenContext) -> String {
        let language = context.language
        return KioskApp.joined([CaseUIText.entryPrompt[language], CaseUIText.whereOnSlip[language], SpeechUIText.keypadKeys[language]])
    }

    func spokenFocus(_ context: ScreenContext) -> [String] { spokenKeypad(input, message: message, context) }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        input.action(for: key)
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        guard case .keypad(let key) = action else { return nil }
        guard message != .lookingUp else { return .stay }  // one look-up at a time; the keypad waits for it
        message = nil
        return input.type(key) ? confirm(context) : .stay
    }

    /// OK on the receipt number: check its form, then ask for the ID digits (or look up at once).
    private mutating func confirm(_ context: ScreenContext) -> Transition {
        guard let receipt = ReceiptNumber(parsing: input.text) else {
            message = .notAReceiptNumber
            return .effects([.usage(.lookup(.malformed))])
        }
        input.replace(with: receipt.description)
        if context.app.caseSecondFactor { return .push(.caseFactor(CaseFactorScreen(receipt: receipt, purpose: purpose))) }
        message = .lookingUp
        asked = receipt
        return .effects([.lookUpCase(receipt, idLast4: nil)])
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        // Only the answer this screen asked for.
        guard case .lookedUp(let receipt, let outcome) = answer, receipt == asked else { return .stay }
        message = nil
        asked = nil
        if case .found(let record) = outcome { return purpose.found(record, context) }
        message = CaseMessage(answer: outcome)
        return .stay
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        canvas.keypadForm(context, prompt: CaseUIText.entryPrompt[language], value: input.shown, keys: input.keys,
                          message: message,
                          help: (context.layout.compact ? CaseUIText.whereOnSlipShort : CaseUIText.whereOnSlip)[language])
    }
}
