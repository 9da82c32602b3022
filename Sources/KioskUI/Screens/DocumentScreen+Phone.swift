import KioskGrid
import KioskQR
import ProcedureCatalog

/// The QR code beside a procedure's or a case's text, where the screen is wide and high enough for both (from
/// about 120x40); elsewhere F5 opens it on a screen of its own (`PhoneScreen`).
extension DocumentScreen {
    /// Text narrower than this is worse than no code beside it.
    static var textMinimum: Int { 60 }

    /// The code and the column it stands in, or nil where it does not fit beside the text.
    func phonePanel(_ link: PhoneLink?, _ context: ScreenContext) -> (code: QRPicture, column: Rect, text: Rect)? {
        guard let link, let code = link.code(context.app.glyphs) else { return nil }
        let layout = context.layout
        let text = readingRect(layout)
        let x = layout.body.maxX - ListLayout.scrollWidth - code.cells.width - 1
        let width = min(text.width, x - 2 - text.x)
        guard width >= Self.textMinimum, layout.body.height >= code.cells.height + 4 else { return nil }
        return (code, Rect(x: x, y: layout.body.y, width: code.cells.width, height: layout.body.height),
                Rect(x: text.x, y: text.y, width: width, height: text.height))
    }

    /// The text's place: beside the code where it shows, else the reading column.
    func documentRect(beside link: PhoneLink?, _ context: ScreenContext) -> Rect {
        phonePanel(link, context)?.text ?? readingRect(context.layout)
    }

    /// The code and what it opens under it.
    func drawPhonePanel(_ link: PhoneLink?, _ canvas: inout Canvas, _ context: ScreenContext) {
        guard let link, let (code, column, _) = phonePanel(link, context) else { return }
        canvas.qrCode(code, x: column.x, y: column.y)
        let below = Rect(x: column.x, y: column.y + code.cells.height + 1, width: column.width,
                         height: column.height - code.cells.height - 1)
        canvas.paragraph(link.opens[context.language], in: below, role: .muted)
    }

    /// F5: the code on a screen of its own, larger and with Back and Home beside it.
    static func phoneHint(_ link: PhoneLink?) -> [Hint] {
        link == nil ? [] : [Hint(.function(5), label: UIText.phoneKey, action: .continueOnPhone)]
    }

    func openPhone(_ link: PhoneLink?, subject: LocalizedText) -> Transition? {
        guard let link else { return nil }
        return .push(.phone(PhoneScreen(link: link, subject: subject)))
    }
}
