import Foundation
import CaseTracking
import ProcedureCatalog

/// The words of the case screens, in both languages.
enum CaseUIText {
    /// Under the status when the hall server is away and the kiosk answered from its copy.
    static func asOf(_ time: Date, _ language: Language) -> String {
        guard time > .distantPast else {
            return language == .vi
                ? "Máy chủ tạm thời không kết nối được; thông tin có thể chưa cập nhật. Vui lòng hỏi tại quầy."
                : "The server cannot be reached right now; this may not be up to date. Please ask at the desk."
        }
        let parts = Calendar.current.dateComponents([.hour, .minute, .day, .month], from: time)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let clock = "\(two(parts.hour)):\(two(parts.minute))"
        let day = "\(two(parts.day))/\(two(parts.month))"
        return language == .vi
            ? "Thông tin tính đến \(clock) ngày \(day): máy chủ tạm thời không kết nối được."
            : "As of \(clock) on \(day): the server cannot be reached right now."
    }

    static let checkCase = LocalizedText(vi: "Tra cứu hồ sơ đã nộp", en: "Check my case")
    static let entryTitle = LocalizedText(vi: "Tra cứu hồ sơ", en: "Check a case")
    static let entryPrompt = LocalizedText(
        vi: "Nhập số hồ sơ in trên giấy tiếp nhận, hoặc đưa mã QR vào máy quét.",
        en: "Type the receipt number printed on your slip, or hold its QR code to the scanner.")
    static let whereOnSlip = LocalizedText(
        vi: "Số hồ sơ in ở đầu “Giấy tiếp nhận hồ sơ và hẹn trả kết quả”, cạnh mã QR, dạng \(ReceiptNumber.example).",
        en: "The receipt number is printed at the top of the receipt slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), "
            + "next to the QR code, like \(ReceiptNumber.example).")
    /// The help when the screen is small.
    static let whereOnSlipShort = LocalizedText(
        vi: "Ví dụ: \(ReceiptNumber.example), in trên giấy tiếp nhận.",
        en: "Like \(ReceiptNumber.example), on your receipt slip.")
    static let factorTitle = LocalizedText(vi: "Xác nhận người nộp", en: "Confirm it is yours")
    static let factorPrompt = LocalizedText(
        vi: "Nhập 4 số cuối số căn cước (CCCD) của người đứng tên hồ sơ.",
        en: "Type the last 4 digits of the case owner's ID card number (CCCD).")
    static let factorWhy = LocalizedText(
        vi: "Để bảo vệ thông tin cá nhân, chỉ người đứng tên mới xem được hồ sơ.",
        en: "To protect personal data, only the owner can see the case.")
    static let staffTitle = LocalizedText(vi: "Dành cho nhân viên", en: "Staff only")
    static let staffPrompt = LocalizedText(
        vi: "Nhập mã PIN của nhân viên để đóng chương trình.", en: "Type the staff PIN to close the program.")
    static let staffHelp = LocalizedText(
        vi: "Quý khách vui lòng chạm Quay lại hoặc Trang chủ.", en: "Citizens: please touch Back or Home.")
    static let resultTitle = LocalizedText(vi: "Tình trạng hồ sơ", en: "Case status")
    static let ok = LocalizedText(vi: "OK", en: "OK")

    /// "Số hồ sơ: 000.00.12.H08-241127-0042" under the ID digits, so the citizen sees which case.
    static func receiptLine(_ receipt: ReceiptNumber, _ language: Language) -> String {
        (language == .vi ? "Số hồ sơ: " : "Receipt number: ") + receipt.description
    }
    static let erase = LocalizedText(vi: "Xóa", en: "Delete")

    static func message(_ message: CaseMessage, hotline: String, now: @autoclosure () -> Double, _ language: Language)
        -> String
    {
        let vi = language == .vi
        switch message {
        case .notAReceiptNumber:
            return vi
                ? "Đây không phải số hồ sơ. Số hồ sơ có dạng \(ReceiptNumber.example), in ở đầu giấy tiếp nhận, cạnh mã QR."
                : "This is not a receipt number. It looks like \(ReceiptNumber.example) and is printed at the top of "
                    + "your receipt slip, next to the QR code."
        case .needFourDigits:
            return vi ? "Vui lòng nhập đủ 4 chữ số." : "Please type all 4 digits."
        case .notFound:
            return vi
                ? "Không tìm thấy hồ sơ khớp với số hồ sơ và 4 số căn cước đã nhập. Vui lòng kiểm tra lại."
                : "No case matches this receipt number and these 4 digits. Please check them and try again."
        case .wait(let until):
            let seconds = max(1, Int((until.timeIntervalSince1970 - now()).rounded(.up)))
            return vi
                ? "Số hồ sơ này đã bị nhập sai nhiều lần. Vui lòng thử lại sau \(seconds) giây."
                : "Too many wrong attempts for this receipt number. Please try again in \(seconds) seconds."
        case .receiptPaused:
            let call = hotline.isEmpty ? "" : (vi ? " hoặc gọi \(hotline)" : " or call \(hotline)")
            return vi
                ? "Số hồ sơ này đang tạm dừng tra cứu tại kiosk vì đã bị nhập sai nhiều lần. Vui lòng hỏi quầy "
                    + "hướng dẫn\(call); nhân viên sẽ giúp Quý khách tra cứu."
                : "Look-ups of this receipt number are paused at the kiosks after too many wrong attempts. Please "
                    + "ask at the information desk\(call); staff will look it up with you."
        case .kioskWait(let until):
            let seconds = max(1, Int((until.timeIntervalSince1970 - now()).rounded(.up)))
            return vi
                ? "Kiosk này tạm dừng tra cứu hồ sơ vì có nhiều lần nhập sai. Vui lòng thử lại sau \(seconds) giây "
                    + "hoặc hỏi quầy hướng dẫn."
                : "This kiosk has paused case look-ups after many wrong attempts. Please try again in \(seconds) "
                    + "seconds or ask at the information desk."
        case .wrongPIN:
            return vi ? "Mã PIN không đúng." : "Wrong PIN."
        case .lookingUp:
            return vi ? "Đang tra cứu hồ sơ…" : "Looking up the case…"
        case .unavailable:
            let call = hotline.isEmpty ? "" : (vi ? " hoặc gọi \(hotline)" : " or call \(hotline)")
            return vi
                ? "Hệ thống tra cứu hồ sơ đang tạm gián đoạn. Vui lòng hỏi quầy hướng dẫn\(call)."
                : "Case look-up is unavailable right now. Please ask at the information desk\(call)."
        }
    }
}
