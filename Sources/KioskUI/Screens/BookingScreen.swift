import ProcedureCatalog
import QueueTickets

/// Checking a booking in: the code from the booking's confirmation, typed on the keypad or the keyboard, or
/// read by the scanner from the QR on the citizen's phone (it arrives as typed text and Enter). The store
/// answers with a ticket (shown as any other), or why the code gives none.
struct BookingScreen: KioskScreen {
    var input = KeypadField.bookingCode
    /// The refusal or problem shown, in both languages.
    var message: LocalizedText?
    /// The code asked about, until its answer comes.
    var asked: BookingCode?

    var id: Screen { .booking }
    var wrapped: AnyScreen { .booking(self) }

    func title(_ context: ScreenContext) -> String { QueueUIText.bookingTitle[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { KeypadKey.hints }

    func spoken(_ context: ScreenContext) -> String {
        let language = context.language
        return KioskApp.joined([QueueUIText.bookingPrompt[language], QueueUIText.bookingHelp[language],
                                SpeechUIText.keypadKeys[language]])
    }

    func spokenFocus(_ context: ScreenContext) -> [String] {
        [SpeechUIText.typed(input, privately: context.app.speechPrivate, context.language)]
            + (message.map { [$0[context.language]] } ?? [])
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? { input.action(for: key) }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        guard case .keypad(let key) = action else { return nil }
        guard asked == nil else { return .stay }  // one check at a time
        message = nil
        guard input.type(key) else { return .stay }
        guard let code = BookingCode(input.text) else {
            message = QueueUIText.bookingMalformed
            return .stay
        }
        asked = code
        message = QueueUIText.bookingChecking
        let lines = context.app.queueLines.map(\.line)
        return .effects([.takeTicket(TicketRequest(.booking(code, lines: lines, expected: nil)))])
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        guard asked != nil, case .ticket(let outcome) = answer else { return .stay }
        asked = nil
        switch outcome {
        case .issued(let ticket):
            message = nil
            input.clear()
            guard let entry = context.app.queueLines.first(where: { $0.line.prefix == ticket.number.prefix }) else {
                message = QueueUIText.unavailable
                return .stay
            }
            return TicketScreen.show(ticket, line: entry.line, place: QueuePlace(queueOf: entry.agencies), procedure: nil,
                                     context)
        case .refused(let refusal):
            message = QueueUIText.refused(refusal, timeZone: context.app.timeZone)
        case .unavailable:
            message = QueueUIText.unavailable
        }
        return .stay
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        canvas.keypadForm(context, prompt: QueueUIText.bookingPrompt[language], value: input.shown, keys: input.keys,
                          notice: message.map { $0[language] }, help: QueueUIText.bookingHelp[language])
    }
}
