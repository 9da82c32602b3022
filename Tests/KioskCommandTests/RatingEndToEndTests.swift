import CaseTracking
import Foundation
import Testing

/// Ratings as citizens give them at the real kiosk, by touch alone.
@Suite("Rating end to end", .serialized)
struct RatingEndToEndTests {
    @Test("a quick rating by touch: answer, what went wrong, the agency; thanks; kept in the case database")
    func quickRatingByTouch() throws {
        let setup = try TemporaryKiosk()
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        try kiosk.click("Đánh giá sự hài lòng")
        try kiosk.click("Đánh giá nhanh (không có giấy)")
        try kiosk.click("Không hài lòng")
        try kiosk.click("Chờ lâu")
        try kiosk.waitFor("[x] Chờ lâu")
        try kiosk.click("6 Tiếp tục")
        try kiosk.click("Sở Tư pháp tỉnh Bình Dương")
        try kiosk.waitFor("Cảm ơn quý khách đã đánh giá!")
        try kiosk.waitFor("Tra cứu theo lĩnh vực", seconds: 30)  // home by itself
        kill(try kiosk.pid(), SIGTERM)
        _ = try kiosk.waitForExit()
        let ratings = try setup.caseStore().ratings(from: .distantPast, to: .distantFuture)
        #expect(ratings.count == 1)
        #expect(ratings.first?.answers == [.attitude: 0] && ratings.first?.complaints == [.longWait])
        #expect(ratings.first?.agency == "STP" && ratings.first?.kind == .quick)
    }

    /// The first citizen rates in English and walks away; the thanks screen goes home by itself, which ends
    /// that visit: the second citizen meets Vietnamese and rates too (before, the "already rated" mark stayed).
    @Test("two citizens in a row each rate: the first's visit ends when the thanks screen goes home by itself")
    func twoCitizensInARow() throws {
        let setup = try TemporaryKiosk()
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        kiosk.press("F2")
        try kiosk.click("Rate our service")
        try kiosk.click("Quick rating (without the slip)")
        try kiosk.click("Very satisfied")
        try kiosk.click("Send the rating without an agency")
        try kiosk.waitFor("Thank you for your rating!")
        try kiosk.waitFor("Xin chào", seconds: 30)  // home by itself, in the default language
        try kiosk.click("Đánh giá sự hài lòng")
        try kiosk.click("Đánh giá nhanh (không có giấy)")
        #expect(!kiosk.capture().joined().contains("Quý khách đã đánh giá trong lượt sử dụng này"))
        try kiosk.click("Hài lòng")
        try kiosk.click("Gửi đánh giá không kèm cơ quan")
        try kiosk.waitFor("Cảm ơn quý khách đã đánh giá!")
        kill(try kiosk.pid(), SIGTERM)
        _ = try kiosk.waitForExit()
        let ratings = try setup.caseStore().ratings(from: .distantPast, to: .distantFuture)
        #expect(ratings.map { $0.answers[.attitude] } == [2, 1], "both citizens' ratings, in order")
    }

    @Test("a case rated on the national form by touch alone: keypad, the six questions; kept once")
    func caseRatingByTouch() throws {
        let setup = try TemporaryKiosk()
        let demo = try setup.seed()["processing-passport"]!
        let kiosk = try TmuxKiosk.atHome(setup: setup)
        try kiosk.click("Đánh giá sự hài lòng")
        try kiosk.click("Đánh giá hồ sơ đã nộp")
        try kiosk.tapReceipt(demo.receipt, digits: demo.last4)
        try kiosk.click("Bắt đầu đánh giá")
        for answer in ["Không lần nào", "Một cơ quan", "Có, tại nơi nộp và trên mạng"] { try kiosk.click(answer) }
        for step in 4 ... 6 {
            try kiosk.waitFor("\(step)/6 · ")
            try kiosk.click("Rất hài lòng")
        }
        try kiosk.waitFor("Cảm ơn quý khách đã đánh giá!")
        kill(try kiosk.pid(), SIGTERM)
        _ = try kiosk.waitForExit()
        let ratings = try setup.caseStore().ratings(from: .distantPast, to: .distantFuture)
        #expect(ratings.count == 1)
        #expect(ratings.first?.kind == .caseForm && ratings.first?.receipt?.description == demo.receipt)
        let asked: [Indicator] = [.contacts, .agencies, .posted, .attitude, .ease, .overall]
        #expect(asked.map { ratings.first?.answers[$0] } == Array(repeating: 2, count: 6))
    }
}
