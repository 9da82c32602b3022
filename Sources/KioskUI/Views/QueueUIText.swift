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
    static let notMeasured = LocalizedText(
        vi: "Chưa ước tính được thời gian chờ: hôm nay chưa đo được lượt phục vụ nào ở hàng này.",
        en: "No waiting time yet: no service has been measured in this line today.")
    static let noCounterOpen = LocalizedText(
        vi: "Hiện chưa có quầy nào của hàng này đang mở; số của quý khách vẫn được giữ.",
        en: "No counter of this line is open right now; your number keeps its place.")
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

    /// "Thời gian chờ ước tính: 10–25 phút (…)": a range, from what was measured today.
    static func range(_ range: WaitRange) -> LocalizedText {
        let counters = range.counters
        return LocalizedText(
            vi: "Thời gian chờ ước tính: \(range.low)–\(range.high) phút (theo \(range.measured) lượt phục vụ đo hôm nay, \(counters) quầy đang mở)",
            en: "Estimated wait: \(range.low)–\(range.high) min (from \(range.measured) services measured today, \(counters) counter\(counters == 1 ? "" : "s") open)")
    }

    /// The wait a ticket is told, as a sentence.
    static func outlook(_ outlook: WaitOutlook, timeZone: TimeZone) -> LocalizedText {
        switch outlook {
        case .next: youAreNext
        case .range(let range): self.range(range)
        case .notMeasured: notMeasured
        case .noCounterOpen: noCounterOpen
        case .atSlot(let start):
            LocalizedText(vi: "Quý khách được gọi từ \(clock(start, timeZone)), giờ hẹn của quý khách (sớm hơn nếu quầy rảnh).",
                          en: "You will be called from \(clock(start, timeZone)), your booked time (earlier if a counter is free).")
        }
    }

    /// "Ưu tiên: Người cao tuổi" / "Đặt lịch 09:30–09:45": what kind of ticket it is.
    static func kind(_ ticket: IssuedTicket, group: LocalizedText?, timeZone: TimeZone) -> LocalizedText? {
        switch ticket.kind {
        case .regular: return nil
        case .priority:
            let name = group ?? LocalizedText(vi: "", en: "")
            return LocalizedText(vi: "ƯU TIÊN: \(name.vi)", en: "PRIORITY: \(name.en)")
        case .booked:
            let slot = ticket.slot.map { "\(clock($0.start, timeZone))–\(clock($0.end, timeZone))" } ?? ""
            return LocalizedText(vi: "ĐẶT LỊCH: \(slot)", en: "BOOKED: \(slot)")
        }
    }

    /// How many will be called first and the wait, as the ticket (screen and paper) says them; a booked ticket
    /// before its slot, the slot.
    static func wait(_ ticket: IssuedTicket, timeZone: TimeZone) -> [(LocalizedText, Role)] {
        switch ticket.outlook {
        case .next: return [(youAreNext, .title)]
        case .atSlot: return [(outlook(ticket.outlook, timeZone: timeZone), .title)]
        case .range, .notMeasured, .noCounterOpen:
            return [(ahead(ticket.ahead), .title), (outlook(ticket.outlook, timeZone: timeZone), .muted)]
        }
    }

    static let priorityChecked = LocalizedText(
        vi: "Xin mang theo giấy tờ chứng minh: cán bộ sẽ kiểm tra tại quầy.",
        en: "Please have your proof ready: the officer checks it at the counter.")

    static func lateBooking(_ slot: BookingSlot?, lateness: Int, timeZone: TimeZone) -> LocalizedText {
        let start = slot.map { clock($0.start, timeZone) } ?? ""
        return LocalizedText(
            vi: "Quý khách đến muộn hơn \(lateness) phút so với giờ hẹn \(start), nên được cấp số thường theo thứ tự đến.",
            en: "You came more than \(lateness) min after your booked time \(start), so this is a walk-in number, in turn.")
    }

    static func clock(_ time: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: time)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    // MARK: Priority and bookings

    static let priorityTitle = LocalizedText(vi: "Ưu tiên tại quầy", en: "Priority at the counter")
    static let priorityQuestion = LocalizedText(
        vi: "Quý khách có thuộc một trong các nhóm được ưu tiên không? Cán bộ sẽ kiểm tra giấy tờ tại quầy.",
        en: "Do you belong to one of the groups served first? The officer checks your proof at the counter.")
    static let noPriority = LocalizedText(vi: "Không — lấy số thường", en: "No — a regular number")
    static let haveBooking = LocalizedText(vi: "Tôi đã đặt lịch hẹn (nhập mã)", en: "I have a booking (enter the code)")
    static let haveBookingMeta = LocalizedText(vi: "Mã trong tin nhắn hoặc mã QR trên điện thoại",
                                               en: "The code in your message, or the QR code on your phone")
    static let bookingTitle = LocalizedText(vi: "Lịch hẹn đã đặt", en: "Your booking")
    static let bookingPrompt = LocalizedText(vi: "Nhập mã đặt lịch:", en: "Enter your booking code:")
    static let bookingHelp = LocalizedText(
        vi: "Mã có trong tin nhắn xác nhận đặt lịch. Có mã QR trên điện thoại: đưa vào máy quét.",
        en: "The code is in your booking confirmation. A QR code on your phone: hold it to the scanner.")
    static let bookingMalformed = LocalizedText(
        vi: "Mã đặt lịch gồm 4 đến 32 chữ cái, chữ số hoặc dấu gạch ngang. Xin kiểm tra lại.",
        en: "A booking code has 4 to 32 letters, digits or dashes. Please check it.")
    static let bookingChecking = LocalizedText(vi: "Đang kiểm tra mã…", en: "Checking the code…")

    /// Why a booking code gives no ticket, and what to do instead.
    static func refused(_ refusal: BookingRefusal, timeZone: TimeZone) -> LocalizedText {
        let walkIn = LocalizedText(vi: "Quý khách vẫn có thể lấy số thường ở màn hình trước.",
                                   en: "You can still take a regular number on the screen before.")
        let what: LocalizedText = switch refusal {
        case .unknown:
            LocalizedText(vi: "Không tìm thấy lịch hẹn có mã này tại Trung tâm.", en: "No booking at this center has this code.")
        case .used(let at):
            LocalizedText(vi: "Mã này đã được dùng lúc \(clock(at, timeZone)) hôm nay: mỗi mã chỉ lấy được một số.",
                          en: "This code was used at \(clock(at, timeZone)) today: a code gives one number.")
        case .otherDay(let day):
            LocalizedText(vi: "Lịch hẹn này là của ngày \(dayText(day, .vi)), không phải hôm nay.",
                          en: "This booking is for \(dayText(day, .en)), not today.")
        case .otherLine(let prefix):
            LocalizedText(vi: "Lịch hẹn này thuộc hàng \(prefix).", en: "This booking is for line \(prefix).")
        }
        return LocalizedText(vi: "\(what.vi) \(walkIn.vi)", en: "\(what.en) \(walkIn.en)")
    }

    /// "2026-12-07" as "07/12/2026" or "7 Dec 2026".
    static func dayText(_ day: String, _ language: Language) -> String {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return day }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return language == .vi ? String(format: "%02d/%02d/%d", parts[2], parts[1], parts[0])
            : "\(parts[2]) \(months[max(0, min(11, parts[1] - 1))]) \(parts[0])"
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
    static let boardPriority = LocalizedText(vi: "Ưu tiên", en: "Priority")
    static let boardBooked = LocalizedText(vi: "Đặt lịch", en: "Booked")

    /// A line's wait on the board, short: "10–25 phút", "chưa đo".
    static func boardWait(_ outlook: WaitOutlook?) -> LocalizedText? {
        switch outlook {
        case .range(let range)?: LocalizedText(vi: "\(range.low)–\(range.high) phút", en: "\(range.low)–\(range.high) min")
        case .notMeasured?: LocalizedText(vi: "chưa đo", en: "not measured")
        case .noCounterOpen?: LocalizedText(vi: "chưa mở quầy", en: "no counter open")
        case .next?, .atSlot?, nil: nil
        }
    }

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

/// A ticket's words for the command line (`kiosk queue take`): what the kiosk's screen says, in one language.
public enum TicketWords {
    public static func refused(_ refusal: BookingRefusal, _ language: Language, timeZone: TimeZone) -> String {
        QueueUIText.refused(refusal, timeZone: timeZone)[language]
    }

    /// The kind (with the group's name), a late booking, the people ahead and the wait.
    public static func summary(_ ticket: IssuedTicket, group: LocalizedText?, lateness: Int, _ language: Language,
                               timeZone: TimeZone) -> [String] {
        var parts: [String] = []
        if let kind = QueueUIText.kind(ticket, group: group, timeZone: timeZone) { parts.append(kind[language]) }
        if ticket.lateBooking { parts.append(QueueUIText.lateBooking(ticket.slot, lateness: lateness, timeZone: timeZone)[language]) }
        return parts + QueueUIText.wait(ticket, timeZone: timeZone).map { $0.0[language] }
    }
}
