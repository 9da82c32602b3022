import FeePayment
import KioskGrid
import KioskQR
import ProcedureCatalog

/// A QR code for the citizen's phone, large enough for its camera, with what it is: a procedure's online service
/// or page, a case's follow-up page ("Continue on your phone"), or a case's fees to pay with a bank app (the
/// amount, the account to check, the description). Where the body under the navigation bar is too low for the
/// code (80x24 and the like), the screen takes every row but the footer: the code on the left, the words and the
/// Back and Home buttons beside it.
struct PhoneScreen: KioskScreen {
    let content: ScanContent

    init(link: PhoneLink, subject: LocalizedText) {
        content = .link(link, subject: subject)
    }

    init(payment: PaymentCode) {
        content = .payment(payment)
    }

    var id: Screen { .phone }
    var wrapped: AnyScreen { .phone(self) }

    func title(_ context: ScreenContext) -> String { content.title[context.language] }
    func hints(_ context: ScreenContext) -> [Hint] { Hint.common }

    /// What the code is for, what it opens, how to use it (the address itself is not read: it is for a phone).
    func spoken(_ context: ScreenContext) -> String {
        KioskApp.joined(content.spoken(context.language, privately: context.app.speechPrivate))
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        key == .backspace || key == .enter ? .back : nil
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? { nil }

    /// The side panel's least width beside the code on the whole screen.
    static let panelMinimum = 24

    /// Where the code goes on this terminal, decided once a frame.
    enum Placement {
        /// Under the navigation bar, the words under it.
        case inBody(QRPicture)
        /// On every row but the footer, the words and buttons beside it.
        case wholeScreen(QRPicture)
        /// Nowhere: too small a terminal for the code (a console smaller than its code at 2 cells a module).
        case address
    }

    func placement(_ context: ScreenContext) -> Placement {
        guard let code = QREncoder.shared.encode(content.payload).map({ QRPicture(code: $0, halfBlocks: context.app.glyphs.halfBlocks) })
        else { return .address }
        if fitsInBody(code, context) { return .inBody(code) }
        return fitsWhole(code, context.layout) ? .wholeScreen(code) : .address
    }

    func usesWholeScreen(_ context: ScreenContext) -> Bool {
        if case .wholeScreen = placement(context) { return true }
        return false
    }

    /// The code in the body with its words under it: a code without its words is not offered (a citizen should
    /// know where the phone will take them, or what the bank app will pay).
    private func fitsInBody(_ code: QRPicture, _ context: ScreenContext) -> Bool {
        let layout = context.layout
        let width = layout.readingColumn.width
        let words = content.words(context.language).dropLast().reduce(0) { $0 + TextWrap.lineCount($1.text, width: width) }
        return code.cells.height + 1 + words <= layout.body.height && code.cells.width + 2 <= layout.body.width
    }

    private func fitsWhole(_ code: QRPicture, _ layout: ScreenLayout) -> Bool {
        code.cells.height <= layout.size.height - 1 && code.cells.width + 2 + Self.panelMinimum <= layout.size.width
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        switch placement(context) {
        case .inBody(let code): drawInBody(code, &canvas, context)
        case .wholeScreen(let code): drawWhole(code, &canvas, context)
        case .address: drawAddress(&canvas, context)
        }
    }

    /// The code centred at the top of the body, the words under it.
    private func drawInBody(_ code: QRPicture, _ canvas: inout Canvas, _ context: ScreenContext) {
        let (layout, language) = (context.layout, context.language)
        let body = layout.body
        canvas.qrCode(code, x: body.x + (body.width - code.cells.width) / 2, y: body.y)
        let column = layout.readingColumn
        let y = body.y + code.cells.height + 1
        canvas.paragraphs(content.words(language), in: Rect(x: column.x, y: y, width: column.width, height: body.maxY - y),
                          centred: true)
    }

    /// The code on the left from the top row, the title, the words and the buttons on the right.
    private func drawWhole(_ code: QRPicture, _ canvas: inout Canvas, _ context: ScreenContext) {
        let (layout, language, app) = (context.layout, context.language, context.app)
        let height = layout.size.height - 1
        canvas.qrCode(code, x: 0, y: (height - code.cells.height) / 2)
        let panel = Rect(x: code.cells.width + 2, y: 0, width: layout.size.width - code.cells.width - 3, height: height)
        let buttonHeight = height >= 20 ? 3 : 1
        let buttons = 2 * buttonHeight + 1
        let top = panel.maxY - buttons
        canvas.paragraphs([(content.title[language], .title)] + content.words(language),
                          in: Rect(x: panel.x, y: panel.y, width: panel.width, height: top - panel.y), gap: 1)
        let half = (panel.width - 1) / 2
        canvas.button(Rect(x: panel.x, y: top, width: half, height: buttonHeight), "← " + UIText.back[language],
                      role: .button, action: .back)
        canvas.button(Rect(x: panel.x + half + 1, y: top, width: panel.width - half - 1, height: buttonHeight),
                      app.glyphs.home + " " + UIText.home[language], role: .button, action: .home)
        canvas.button(Rect(x: panel.x, y: top + buttonHeight + 1, width: panel.width, height: buttonHeight),
                      UIText.otherLanguage[language], role: .button, action: .toggleLanguage)
    }

    /// No code on this terminal: the address as text, which a citizen can still type.
    private func drawAddress(_ canvas: inout Canvas, _ context: ScreenContext) {
        let language = context.language
        switch content {
        case .link(let link, _):
            canvas.paragraphs([(UIText.phoneTooSmall[language], .notice), (link.url, .plain),
                               (link.opens[language], .muted)], in: context.layout.readingColumn, gap: 1)
        case .payment:
            canvas.paragraphs([(PaymentUIText.tooSmall[language], .notice)] + content.words(language).dropLast(),
                              in: context.layout.readingColumn, gap: 1)
        }
    }
}
