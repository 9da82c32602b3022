import FeePayment
import ProcedureCatalog

/// What the code on `PhoneScreen` carries, and the words beside it: an address to continue on a phone, or a
/// case's fees to pay with a bank app.
enum ScanContent: Equatable, Sendable {
    /// `subject`: what the link is for (the procedure's name, the receipt number).
    case link(PhoneLink, subject: LocalizedText)
    case payment(PaymentCode)

    /// The text the QR code holds.
    var payload: String {
        switch self {
        case .link(let link, _): link.url
        case .payment(let code): code.qr.payload
        }
    }

    var title: LocalizedText {
        switch self {
        case .link: UIText.phoneTitle
        case .payment: PaymentUIText.title
        }
    }

    /// The words beside or under the code, in order, each with how it is drawn.
    func words(_ language: Language) -> [(text: String, role: Role)] {
        switch self {
        case .link(let link, let subject):
            return [(subject[language], .title), (link.opens[language], .plain), (UIText.phoneHowTo[language], .muted)]
        case .payment(let code):
            return [("\(PaymentUIText.amount[language]): " + PaymentUIText.total(code.total, language), .title)]
                + PaymentUIText.account(code, language).map { ($0, .plain) } + [(PaymentUIText.howTo[language], .muted)]
        }
    }

    /// What is said: the address is for a phone; of a payment, the amount, the bank and the holder (the
    /// account number and the receipt number only into headphones).
    func spoken(_ language: Language, privately: Bool) -> [String] {
        switch self {
        case .link(let link, let subject):
            return [subject[language], link.opens[language], UIText.phoneHowTo[language]]
        case .payment(let code):
            let account = PaymentUIText.account(code, language)
            // The amount once, in words (the screen's title is said before this).
            return ["\(PaymentUIText.amount[language]): " + PaymentUIText.inWords(code.total, language),
                    account[0], account[2]] + (privately ? [account[1], account[3]] : []) + [PaymentUIText.howTo[language]]
        }
    }
}
