import Foundation
import KioskGrid
import ProcedureCatalog
import Testing
@testable import KioskUI

/// Speech mode in the pure core: turned on by its key, each new screen said from its state in words, a moved
/// selection said, a key cutting speech, turned off by its key and by the idle reset.
@Suite struct SpeechModeTests {
    /// What the session asked to be said since `mark`.
    private func said(_ session: Session, since mark: Int) -> [String] {
        session.effects.dropFirst(mark).compactMap { if case .speak(let words, _) = $0 { words } else { nil } }
    }

    @Test func turnedOnItSaysHowToUseItThenTheScreen() {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        #expect(session.state.speaking)
        let first = said(session, since: 0)
        #expect(first.count == 1)
        #expect(first[0].hasPrefix("Đã bật đọc màn hình. Nhấn phím ép chín để tắt"), "\(first)")
        #expect(first[0].contains("Xin chào"), "then the home screen: \(first)")
        #expect(!first[0].contains { $0.isNumber } && !first[0].contains("│") && !first[0].contains("┌"))
    }

    @Test func aNewScreenAndAMovedSelectionAreSaidInTheScreensLanguage() throws {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        var mark = session.effects.count
        try session.tap(UIText.featured.vi)
        let list = said(session, since: mark)
        #expect(list.count == 1 && list[0].hasPrefix(UIText.featured.vi), "\(list)")
        #expect(list[0].contains("mục") && list[0].contains("Đang chọn mục một trên"), "\(list)")
        mark = session.effects.count
        session.press(.down)
        let moved = said(session, since: mark)
        #expect(moved.count == 1 && moved[0].hasPrefix("Đang chọn mục hai trên"), "\(moved)")
        mark = session.effects.count
        session.press(.function(2))
        let english = session.effects.dropFirst(mark).compactMap { if case .speak(let words, let language) = $0 { (words, language) } else { nil } }
        #expect(english.count == 1 && english[0].1 == .en && english[0].0.contains("Selected, two of"), "\(english)")
    }

    @Test func aKeyCutsSpeechAndTheToggleOrTheIdleResetEndsIt() {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        session.type("x")  // a new screen (search): said
        var mark = session.effects.count
        session.press(.backspace)  // erases: nothing new to say, so what was being said is cut
        #expect(session.effects.dropFirst(mark).contains(.stopSpeaking))
        mark = session.effects.count
        session.press(SpeechUIText.toggleKey)
        #expect(!session.state.speaking && session.effects.dropFirst(mark).contains(.stopSpeaking))
        session.press(SpeechUIText.toggleKey)
        #expect(session.state.speaking)
        #expect(!session.app.isPristine(session.state), "speech on is the citizen's: the idle reset must clear it")
        session.send(.tick(session.state.now.addingTimeInterval(400)))
        #expect(!session.state.speaking, "the idle reset turns speech off")
        #expect(session.effects.last == .stopSpeaking)
    }

    @Test func moreTimeWhileSpeakingAndTheQuestionIsAskedAloud() {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        let start = session.state.now
        session.send(.tick(start.addingTimeInterval(120)))
        #expect(session.app.idleCountdown(session.state) == nil, "90 s is the reader's time, not the listener's")
        let mark = session.effects.count
        session.send(.tick(start.addingTimeInterval(300)))
        #expect(session.app.idleCountdown(session.state) == 10)
        let asked = said(session, since: mark)
        #expect(asked.count == 1 && asked[0].hasPrefix("Quý khách còn sử dụng không?") && asked[0].contains("mười giây"),
                "\(asked)")
        session.press(.down)
        #expect(session.state.speaking && session.app.idleCountdown(session.state) == nil, "any key gives more time")
    }

    @Test func aSearchSaysWhatItFoundAndAProcedureWhatItTakes() throws {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        session.type("ho chieu")
        var mark = session.effects.count
        session.press(SpeechUIText.whereAmIKey)
        let search = said(session, since: mark)
        #expect(search.count == 1 && search[0].contains("Tìm thấy sáu thủ tục cho: ho chieu"), "\(search)")
        #expect(search[0].contains("Đang chọn mục một trên sáu: Cấp hộ chiếu phổ thông ở trong nước"), "\(search)")
        mark = session.effects.count
        session.press(.enter)
        let procedure = said(session, since: mark)
        #expect(procedure.count == 1, "\(procedure)")
        let words = procedure.first ?? ""
        #expect(words.hasPrefix("Chi tiết thủ tục. Cấp hộ chiếu phổ thông ở trong nước. Phòng Quản lý xuất nhập cảnh"), "\(words)")
        #expect(words.contains("Cần năm loại giấy tờ"), "\(words)")
        #expect(words.contains("tám ngày làm việc") && words.contains("hai trăm nghìn đồng"), "time and fee in words: \(words)")
        #expect(!words.contains { $0.isNumber }, "\(words)")
    }

    @Test func whereAmISaysTheScreenAndTheSelection() {
        var session = Session.speaking(.en)
        session.press(SpeechUIText.whereAmIKey)
        #expect(session.effects.isEmpty, "nothing is said with speech off")
        session.press(SpeechUIText.toggleKey)
        let mark = session.effects.count
        session.press(SpeechUIText.whereAmIKey)
        let words = said(session, since: mark)
        #expect(words.count == 1 && words.first?.hasPrefix(UIText.welcome.en) == true, "\(words)")
        #expect(words.first?.contains("Selected, one of") == true, "the home screen's selected tile too: \(words)")
    }
}

extension Session {
    /// A session on the kiosk with speech set up.
    static func speaking(_ language: Language = .vi) -> Session {
        var session = Session(language)
        session.app = Shipped.speakingApp
        return session
    }
}

@Suite struct SpeechUnavailableTests {
    @Test func withoutASpeechOutputTheKeyDoesNothing() {
        var session = Session()
        session.press(SpeechUIText.toggleKey)
        #expect(!session.state.speaking && session.effects.isEmpty)
    }
}
