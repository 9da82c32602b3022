import CaseTracking
import Foundation
import ProcedureCatalog

/// Staff lift a receipt number's look-up lock after checking the citizen's papers at the desk (as
/// `kiosk cases unlock` does from the command line).
struct StaffUnlockScreen: KioskScreen {
    var input = KeypadField.receipt()
    var message: CaseMessage?
    /// The number sent to be unlocked, until its answer comes.
    var asked: ReceiptNumber?
    /// The answer: the number, and whether it was locked or paused.
    var done: Unlocked?

    struct Unlocked: Equatable, Sendable {
        var receipt: ReceiptNumber
        var lifted: Bool
    }

    var id: Screen { .staffUnlock }
    var wrapped: AnyScreen { .staffUnlock(self) }

    func title(_ context: ScreenContext) -> String { StaffUIText.unlock[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { KeypadKey.hints }

    func spoken(_ context: ScreenContext) -> String {
        KioskApp.joined([StaffUIText.unlockPrompt[context.language], StaffUIText.unlockHelp[context.language]])
    }

    func spokenFocus(_ context: ScreenContext) -> [String] {
        spokenKeypad(input, message: message, context)
            + (done.map { [StaffUIText.unlocked($0.receipt, lifted: $0.lifted, context.language)] } ?? [])
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        input.action(for: key)
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        guard case .keypad(let key) = action else { return nil }
        message = nil
        done = nil
        asked = nil
        guard input.type(key) else { return .stay }
        guard let receipt = ReceiptNumber(parsing: input.text) else {
            message = .notAReceiptNumber
            return .stay
        }
        input.replace(with: receipt.description)
        asked = receipt
        return .effects([.unlockReceipt(receipt)])
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        if case .unlocked(let receipt, let lifted) = answer, receipt == asked {
            done = Unlocked(receipt: receipt, lifted: lifted)
            asked = nil
        }
        return .stay
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        let help = done.map { StaffUIText.unlocked($0.receipt, lifted: $0.lifted, language) } ?? StaffUIText.unlockHelp[language]
        canvas.keypadForm(context, prompt: StaffUIText.unlockPrompt[language], value: input.shown, keys: input.keys,
                          message: message, help: help)
    }
}
