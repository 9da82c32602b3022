import CaseTracking
import FeePayment
import KioskSpeech
import ProcedureCatalog

/// The words of paying a case's fees by bank transfer, in both languages.
public enum PaymentUIText {
    static let title = LocalizedText(vi: "Thanh toán bằng mã QR", en: "Pay with a QR code")
    /// The footer label (F6) of the case screen.
    static let key = LocalizedText(vi: "Thanh toán", en: "Pay")
    static let howTo = LocalizedText(
        vi: "Quét mã bằng ứng dụng ngân hàng hoặc ví điện tử. Kiểm tra tên chủ tài khoản trước khi xác nhận. Cơ quan xác nhận khi nhận được tiền; trạng thái hồ sơ sẽ được cập nhật sau đó.",
        en: "Scan the code with a bank or e-wallet app. Check the account holder's name before you confirm. The agency confirms once the money arrives; the case's status changes after that.")
    static let payWithKey = LocalizedText(
        vi: "Có thể thanh toán ngay bằng mã QR: nhấn F6 (Thanh toán).",
        en: "You can pay now with a QR code: press F6 (Pay).")
    static let payElsewhere = LocalizedText(
        vi: "Xin nộp tại quầy thu phí của Trung tâm hoặc trên Cổng dịch vụ công.",
        en: "Please pay at the center's cashier or on the public service portal.")
    static let tooSmall = LocalizedText(
        vi: "Màn hình này không hiện được mã QR. Có thể chuyển khoản theo thông tin sau:",
        en: "This screen cannot show the QR code. You can transfer with these details:")
    static let scanOnPaper = LocalizedText(vi: "Quét bằng ứng dụng ngân hàng để chuyển đúng số tiền này.",
                                           en: "Scan with a bank app to transfer exactly this amount.")
    static let printSlip = LocalizedText(vi: "In phiếu", en: "Print")
    static let slipPrinted = LocalizedText(vi: "Đã in phiếu hồ sơ. Xin nhận ở khe máy in.",
                                           en: "The case slip is printed: take it from the printer slot.")
    static let bank = LocalizedText(vi: "Ngân hàng", en: "Bank")
    static let accountNumber = LocalizedText(vi: "Số tài khoản", en: "Account number")
    static let holder = LocalizedText(vi: "Chủ tài khoản", en: "Account holder")
    static let purpose = LocalizedText(vi: "Nội dung chuyển khoản", en: "Transfer description")
    static let amount = LocalizedText(vi: "Số tiền", en: "Amount")

    /// What the screen and the slip say instead of a code.
    public static func instead(_ reason: CasePayment.NoCode, _ language: Language) -> String {
        switch reason {
        case .transferSent(let received, let day):
            language == .vi
                ? "Đã nhận chuyển khoản \(Wording.money(received, .vi)) ngày \(day.slashed), đang chờ cơ quan xác nhận. Không cần nộp lại."
                : "A transfer of \(Wording.money(received, .en)) was received on \(day.slashed), waiting for the agency to confirm. Do not pay again."
        case .transferShort(let received, _):
            language == .vi
                ? "Đã nhận chuyển khoản \(Wording.money(received, .vi)), ít hơn số phải nộp. Xin liên hệ quầy thu phí của Trung tâm."
                : "A transfer of \(Wording.money(received, .en)) was received, less than the total. Please see the center's cashier."
        default:
            payElsewhere[language]
        }
    }

    /// "135.000 đ (một trăm ba mươi lăm nghìn đồng)".
    static func total(_ amount: Int, _ language: Language) -> String {
        "\(Wording.money(amount, language)) (\(inWords(amount, language)))"
    }

    /// "một trăm ba mươi lăm nghìn đồng".
    static func inWords(_ amount: Int, _ language: Language) -> String {
        SpokenNumber.cardinal(amount, language) + (language == .vi ? " đồng" : " dong")
    }

    /// The account as the citizen checks it against the bank app: bank, number, holder, description.
    static func account(_ code: PaymentCode, _ language: Language) -> [String] {
        ["\(bank[language]): \(code.bank.shortName)",
         "\(accountNumber[language]): \(code.account.number)",
         "\(holder[language]): \(code.account.holder)",
         "\(purpose[language]): \(code.qr.purpose)"]
    }
}
