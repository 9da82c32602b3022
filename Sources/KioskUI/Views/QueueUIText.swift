import Foundation
import KioskPrinting
import ProcedureCatalog
import QueueTickets

/// The words of queue tickets and printing, in both languages.
enum QueueUIText {
    static let takeNumber = LocalizedText(vi: "Lấy số thứ tự", en: "Take a queue number")
    static let takeNumberKey = LocalizedText(vi: "Lấy số", en: "Queue no.")
    static let chooseQueue = LocalizedText(
        vi: "Chọn nơi quý khách cần nộp hồ sơ:", en: "Choose where you are going to hand in your papers:")
    static let ticketTitle = LocalizedText(vi: "Số thứ tự của quý khách", en: "Your queue number")
    static let taking = LocalizedText(vi: "Đang lấy số…", en: "Taking a number…")
    static let unavailable = LocalizedText(
        vi: "Hệ thống cấp số đang không trả lời. Xin quý khách đến bàn hướng dẫn để được cấp số.",
        en: "The queue system does not answer. Please ask at the information desk for a number.")
    static let youAreNext = LocalizedText(vi: "Quý khách là người tiếp theo.", en: "You are next.")
    static let waitForCall = LocalizedText(
        vi: "Xin mời ngồi chờ. Số của quý khách sẽ hiện trên bảng và được gọi tại quầy.",
        en: "Please take a seat. Your number will show on the board and be called at the counter.")
    static let noEstimate = LocalizedText(
        vi: "Chưa có thời gian chờ ước tính: hôm nay chưa có lượt phục vụ nào để đo.",
        en: "No waiting time estimate yet: no service has been measured today.")
    static let printKey = LocalizedText(vi: "In", en: "Print")
    static let printChecklist = LocalizedText(vi: "In danh sách giấy tờ", en: "Print the checklist")
    static let printing = LocalizedText(vi: "Đang in…", en: "Printing…")
    static let chooseChannel = LocalizedText(vi: "Quý khách sẽ nộp hồ sơ theo cách nào?",
                                             en: "How will you hand in your application?")
    static let ticketPrinted = LocalizedText(vi: "Đã in phiếu số thứ tự. Xin nhận phiếu ở khe máy in.",
                                             en: "Your ticket is printed: take it from the printer slot.")
    static let checklistPrinted = LocalizedText(vi: "Đã in danh sách giấy tờ. Xin nhận ở khe máy in.",
                                                en: "The checklist is printed: take it from the printer slot.")

    static func ahead(_ count: Int) -> LocalizedText {
        LocalizedText(vi: "Số người chờ trước quý khách: \(count)", en: "People waiting ahead of you: \(count)")
    }

    static func estimate(_ estimate: WaitEstimate) -> LocalizedText {
        LocalizedText(
            vi: "Thời gian chờ ước tính: khoảng \(estimate.minutes) phút (theo \(estimate.measured) lượt phục vụ đã đo hôm nay)",
            en: "Estimated wait: about \(estimate.minutes) min (from \(estimate.measured) services measured today)")
    }

    static func counters(_ counters: [Int]) -> LocalizedText {
        let list = counters.map(String.init).joined(separator: ", ")
        return counters.count == 1 ? LocalizedText(vi: "Quầy \(list)", en: "Counter \(list)")
            : LocalizedText(vi: "Quầy \(list)", en: "Counters \(list)")
    }

    static func yourNumber(_ number: TicketNumber) -> LocalizedText {
        LocalizedText(vi: "Số của quý khách: \(number)", en: "Your number: \(number)")
    }

    /// Why nothing came out of the printer, and that the citizen loses nothing by it.
    static func printFailed(_ fault: PrinterFault, ticket: Bool) -> LocalizedText {
        let what: LocalizedText = switch fault {
        case .outOfPaper: LocalizedText(vi: "Máy in hết giấy", en: "The printer is out of paper")
        case .timedOut: LocalizedText(vi: "Máy in không phản hồi", en: "The printer does not respond")
        case .unreachable, .writeFailed: LocalizedText(vi: "Máy in không hoạt động", en: "The printer is not working")
        }
        let then = ticket
            ? LocalizedText(vi: "xin ghi nhớ số trên màn hình; số vẫn được gọi như bình thường.",
                            en: "please note the number on the screen; it will be called all the same.")
            : LocalizedText(vi: "xin xem danh sách trên màn hình hoặc quét mã QR để mang theo trên điện thoại.",
                            en: "please read the list on the screen, or scan the QR code to take it on your phone.")
        return LocalizedText(vi: "\(what.vi): \(then.vi)", en: "\(what.en): \(then.en)")
    }

    // MARK: The board

    static let boardTitle = LocalizedText(vi: "Số đang phục vụ", en: "Now serving")
    static let boardCounter = LocalizedText(vi: "Quầy", en: "Counter")
    static let boardNumber = LocalizedText(vi: "Số", en: "Number")
    static let boardWaiting = LocalizedText(vi: "Đang chờ", en: "Waiting")
    static let boardNobody = LocalizedText(vi: "Chưa gọi số nào hôm nay.", en: "No number called yet today.")
    static let boardAway = LocalizedText(vi: "Mất kết nối hệ thống cấp số", en: "Queue system unreachable")

    static func boardLatest(_ called: CalledTicket) -> LocalizedText {
        LocalizedText(vi: "Mời số \(called.number) đến quầy \(called.counter)",
                      en: "Number \(called.number), please go to counter \(called.counter)")
    }
}

extension QueueUIText {
    /// "In lúc 10:42 ngày 03/12/2026" / "Printed at 10:42 on 3 Dec 2026".
    static func printedAt(_ time: Date, timeZone: TimeZone) -> LocalizedText {
        let (clock, vi, en) = stamp(time, timeZone)
        return LocalizedText(vi: "In lúc \(clock) ngày \(vi)", en: "Printed at \(clock) on \(en)")
    }

    static func takenAt(_ time: Date, timeZone: TimeZone) -> LocalizedText {
        let (clock, vi, en) = stamp(time, timeZone)
        return LocalizedText(vi: "Lấy số lúc \(clock) ngày \(vi)", en: "Taken at \(clock) on \(en)")
    }

    private static func stamp(_ time: Date, _ timeZone: TimeZone) -> (String, String, String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: time)
        let two = { (n: Int?) in String(format: "%02d", n ?? 0) }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let month = months[max(0, min(11, (c.month ?? 1) - 1))]
        return ("\(two(c.hour)):\(two(c.minute))", "\(two(c.day))/\(two(c.month))/\(c.year ?? 0)",
                "\(c.day ?? 0) \(month) \(c.year ?? 0)")
    }
}
