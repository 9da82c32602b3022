import CaseTracking
import FeePayment
import ProcedureCatalog

/// The case found: its status and what it means, the dates, what is missing or due, the history. The record
/// lives only as long as this screen.
struct CaseResultScreen: DocumentScreen {
    let record: CaseRecord
    var scroll = 0
    var reading: Int?
    /// The case slip's print, where there is a printer.
    var printing: PrintProgress?

    init(record: CaseRecord) {
        self.record = record
    }

    var id: Screen { .caseResult }
    var wrapped: AnyScreen { .caseResult(self) }

    func title(_ context: ScreenContext) -> String { CaseUIText.resultTitle[context.language] }
    func spoken(_ context: ScreenContext) -> String { spokenOpening(context) }
    /// F4 rates the case just looked up: the citizen has shown the second factor already.
    /// F5 shows the code of the page where the case is followed from home; F6 the code that pays its fees.
    func hints(_ context: ScreenContext) -> [Hint] {
        [Hint(.function(4), label: RatingUIText.rateThisCase, action: .open(0))] + Self.phoneHint(phoneLink(context))
            + (paymentCode(context) == nil ? [] : [Hint(.function(6), label: PaymentUIText.key, action: .payFees)])
            + (canPrint(context) ? [Hint(.function(7), label: PaymentUIText.printSlip, action: .printCaseSlip)] : [])
            + Self.documentHints
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        switch key {
        case .function(4): .open(0)
        case .function(5): .continueOnPhone
        case .function(6): paymentCode(context) == nil ? nil : .payFees
        case .function(7): canPrint(context) ? .printCaseSlip : nil
        default: documentAction(for: key)
        }
    }

    /// The case's payment code, made from its amounts now; nil where none may be shown.
    func paymentCode(_ context: ScreenContext) -> PaymentCode? {
        guard case .code(let code) = CasePayment.make(record, catalog: context.app.catalog, ceiling: context.app.paymentCeiling)
        else { return nil }
        return code
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        if action == .open(0) { return CaseRatingScreen.start(record) }
        if action == .payFees, let code = paymentCode(context) { return .push(.phone(PhoneScreen(payment: code))) }
        if action == .printCaseSlip, canPrint(context) {
            printing = .printing(.caseSlip)
            return .effects([.print(CaseSlipPrintout.make(record, app: context.app, language: context.language, at: context.now))])
        }
        if action == .continueOnPhone {
            return openPhone(phoneLink(context), subject: UIText.phoneCaseSubject(record.receipt.description))
        }
        return documentPerform(action, context)
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        printing = printing?.after(answer)
        return .stay
    }

    private func canPrint(_ context: ScreenContext) -> Bool { context.app.printing && printing?.underWay != true }

    func phoneLink(_ context: ScreenContext) -> PhoneLink? {
        PhoneLink.caseLookup(record.receipt, template: context.app.caseLookupURL)
    }

    /// Beside the QR code where it fits; a line shorter for the print's message under it.
    func documentRect(_ context: ScreenContext) -> Rect {
        let rect = documentRect(beside: phoneLink(context), context)
        return printing == nil ? rect : Rect(x: rect.x, y: rect.y, width: rect.width, height: max(1, rect.height - 3))
    }

    func document(_ context: ScreenContext) -> TextDocument {
        let app = context.app
        return TextDocument(case: record, app: app, language: context.language,
                            today: LocalDay(context.now, in: app.timeZone), width: documentRect(context).width)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        drawDocument(&canvas, context)
        drawPhonePanel(phoneLink(context), &canvas, context)
        if let printing {
            let rect = documentRect(context)
            canvas.paragraph(printing.message[context.language], in: Rect(x: rect.x, y: rect.maxY + 1, width: rect.width,
                                                                         height: 2), role: printing.role)
        }
    }
}
