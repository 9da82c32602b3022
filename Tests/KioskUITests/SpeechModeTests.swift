import Foundation
import KioskGrid
import KioskSpeech
import ProcedureCatalog
import QueueTickets
import Testing
@testable import KioskUI

/// Speech mode in the pure core: turned on by its key, each new screen said from its state in words, a moved
/// selection said, a key cutting speech, turned off by its key and by the idle reset.
@Suite struct SpeechModeTests {
    /// What the session asked to be said since `mark`.
    private func said(_ session: Session, since mark: Int) -> [String] {
        session.effects.dropFirst(mark).compactMap { if case .speak(let said) = $0 { said.words } else { nil } }
    }

    @Test func turnedOnItSaysHowToUseItThenTheScreen() {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        #expect(session.state.speaking)
        let first = said(session, since: 0)
        #expect(first.count == 1)
        #expect(first[0].hasPrefix("Đã bật đọc màn hình. Phím ép chín để tắt"), "\(first)")
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
        let english = session.effects.dropFirst(mark).compactMap { if case .speak(let said) = $0 { (said.words, said.language) } else { nil } }
        #expect(english.count == 1 && english[0].1 == .en && english[0].0.contains("Selected, two of"), "\(english)")
    }

    @Test func aKeyCutsSpeechAndTheToggleOrTheIdleResetEndsIt() {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        session.type("x")  // a new screen (search): said
        var mark = session.effects.count
        session.press(.up)  // already on the first row: nothing new to say, so what was being said is cut
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

/// The speech keys, help mode, reading a text a paragraph at a time, and what a hall speaker must not say.
@Suite struct SpeechKeysTests {
    private func said(_ session: Session, since mark: Int) -> [Utterance] {
        session.effects.dropFirst(mark).compactMap { if case .speak(let said) = $0 { said } else { nil } }
    }

    @Test func volumeAndRateKeysSayTheNewLevelAndTheNextWordsCarryIt() {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        var mark = session.effects.count
        session.press(.function(12), .function(12))
        let louder = said(session, since: mark)
        #expect(louder.map(\.words) == ["Âm lượng bốn trên năm", "Âm lượng năm trên năm"], "\(louder)")
        #expect(louder.last?.volume == SpeechLevel(5))
        session.press(.function(12))
        #expect(session.state.voice.volume == SpeechLevel(5), "kept in its range")
        session.press(.function(23))  // Shift+F11: slower
        mark = session.effects.count
        session.press(.down)
        let moved = said(session, since: mark)
        #expect(moved.count == 1 && moved[0].volume == SpeechLevel(5) && moved[0].rate == SpeechLevel(2), "\(moved)")
        session.send(.tick(session.state.now.addingTimeInterval(400)))
        #expect(session.state.voice == CitizenVoice(), "the next citizen starts at the kiosk's volume and rate")
    }

    @Test func repeatSaysTheLastWordsAgainAndStopOnlySilences() {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        session.press(.down)
        let last = said(session, since: 0).last?.words
        var mark = session.effects.count
        session.press(.function(22))  // Shift+F10
        #expect(said(session, since: mark).map(\.words) == [last].compactMap { $0 })
        mark = session.effects.count
        session.press(.function(21))  // Shift+F9
        #expect(Array(session.effects.dropFirst(mark)) == [.stopSpeaking])
        #expect(session.state.speaking && session.state.page.selected == 1, "stop changes nothing else")
    }

    @Test func helpModeSaysWhatAKeyDoesInsteadOfDoingIt() throws {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        var mark = session.effects.count
        session.press(.function(8))
        #expect(said(session, since: mark).first?.words.hasPrefix("Chế độ hướng dẫn phím") == true)
        mark = session.effects.count
        session.press(.enter)
        #expect(session.state.screen == .home, "Enter was not done")
        #expect(said(session, since: mark).map(\.words) == ["Enter: Mở"], "\(said(session, since: mark))")
        mark = session.effects.count
        session.press(.function(3), .function(11), .escape)
        let words = said(session, since: mark).map(\.words)
        #expect(words.count == 3 && words[0] == "ép ba: Giới thiệu" && words[1] == "Âm lượng hai trên năm"
                && words[2] == "Escape: không dùng ở màn hình này", "the speech keys still work: \(words)")
        mark = session.effects.count
        try session.tap(UIText.featured.vi)
        #expect(session.state.screen == .home && said(session, since: mark).count == 1, "a touch is explained too")
        session.press(.function(8))
        session.press(.enter)
        #expect(session.state.screen == .search, "help off: Enter opens again")
    }

    @Test func aTextIsReadAParagraphOrASectionAtATime() throws {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        session.type("khai sinh")
        session.press(.enter)
        #expect(positionOf(session) >= 0, "a procedure is open")
        var mark = session.effects.count
        session.press(.down)
        let first = said(session, since: mark).map(\.words)
        #expect(first == ["Đăng ký khai sinh."], "the first paragraph: \(first)")
        mark = session.effects.count
        session.press(.tab)
        let section = said(session, since: mark).map(\.words).first ?? ""
        #expect(section.hasPrefix("Giấy tờ cần nộp") || section.count > 40, "a whole section: \(section)")
        #expect(!section.contains("■") && !section.contains("•"))
        for _ in 0 ..< 200 { session.press(.down) }
        #expect(said(session, since: mark).last?.words == "Hết trang.")
    }

    private func positionOf(_ session: Session) -> Int {
        if case .procedure(let position) = session.state.screen { return position }
        return -1
    }

    @Test func aHallSpeakerHearsTheStatusButNothingPersonal() {
        var session = Session.speaking()
        session.openCase("documents-needed-land")
        let record = session.state.caseRecord!
        session.press(SpeechUIText.toggleKey)
        var heard = said(session, since: 0).map(\.words).joined(separator: " ")
        for _ in 0 ..< 40 { session.press(.down) }
        heard += said(session, since: 0).map(\.words).joined(separator: " ")
        #expect(heard.contains("CẦN BỔ SUNG GIẤY TỜ"), "the status is said")
        let owner = record.maskedName.replacingOccurrences(of: "*", with: "")
        #expect(!heard.contains(owner.split(separator: " ").first.map(String.init) ?? "?"), "no name: \(heard)")
        #expect(!heard.contains(SpokenText.spelled(record.receipt.description, .vi)), "no receipt number")
        #expect(heard.contains("không đọc to"), "the citizen is told why")
        var private_ = Session.speaking()
        private_.app.speechPrivate = true
        private_.openCase("documents-needed-land")
        private_.press(SpeechUIText.toggleKey)
        let intoHeadphones = said(private_, since: 0).map(\.words).joined(separator: " ")
        #expect(intoHeadphones.contains(SpokenText.spelled(record.receipt.description, .vi)), "\(intoHeadphones)")
    }

    @Test func twoCitizensInARowAVisitEndedByTheThanksScreenTakesTheVoiceWithIt() {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey, .function(12), .function(24), .function(8), .function(8))
        session.openQuickRating()
        session.type("1")
        session.press(.enter)
        #expect(session.state.screen == .ratingThanks)
        let said = self.said(session, since: 0)
        #expect(said.last?.words.contains(RatingUIText.thanks.vi.prefix(10)) == true, "the thanks are said: \(said.last?.words ?? "")")
        session.send(.tick(session.state.now.addingTimeInterval(RatingThanksScreen.seconds + 1)))
        #expect(session.state.screen == .home && !session.state.speaking && session.state.voice == CitizenVoice())
        #expect(session.effects.last == .stopSpeaking, "the first citizen's words stop with their visit")
        // The next citizen: nothing is said until they ask, then at the kiosk's volume and rate.
        var mark = session.effects.count
        session.press(.down)
        #expect(self.said(session, since: mark).isEmpty)
        mark = session.effects.count
        session.press(SpeechUIText.toggleKey)
        let next = self.said(session, since: mark)
        #expect(next.count == 1 && next[0].volume == .standard && next[0].rate == .standard && next[0].words.hasPrefix("Đã bật"))
    }

    @Test func typingOnTheKeypadIsEchoedSecretsOnlyCounted() throws {
        var session = Session.speaking()
        session.press(SpeechUIText.toggleKey)
        try session.tap(CaseUIText.checkCase.vi)
        var mark = session.effects.count
        session.type("H")
        #expect(said(session, since: mark).map(\.words) == ["Đã nhập một ký tự."], "a hall speaker hears a count")
        session.app.speechPrivate = true
        mark = session.effects.count
        session.type("1")
        #expect(said(session, since: mark).map(\.words) == ["Đã nhập: hát một."], "headphones hear it spelled")
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
    @Test func withoutASpeechOutputTheKeyDoesNothingAndHomeHasNoTile() {
        var session = Session()
        session.app.speechAvailable = false
        session.press(SpeechUIText.toggleKey)
        #expect(!session.state.speaking && session.effects.isEmpty)
        #expect(!session.screen.contains(SpeechUIText.tileOn.vi))
    }

    @Test func homesTileTurnsSpeechOnAndOff() throws {
        var session = Session.speaking()
        try session.tap(SpeechUIText.tileOn.vi)
        #expect(session.state.speaking && session.screen.contains(SpeechUIText.tileOff.vi))
        try session.tap(SpeechUIText.tileOff.vi)
        #expect(!session.state.speaking && session.effects.last == .stopSpeaking)
    }
}

/// The board's calls, found from one board read to the next.
@Suite struct BoardCallsTests {
    private let start = Date(timeIntervalSince1970: 1_795_747_260)

    private func board(_ calls: (String, Int, Int, TimeInterval)...) -> QueueBoard {
        QueueBoard(serving: calls.map { CalledTicket(number: TicketNumber(prefix: $0.0, sequence: $0.1), counter: $0.2,
                                                      calledAt: start.addingTimeInterval($0.3)) }, waiting: [:])
    }

    @Test func newCallsAndRecallsInTheOrderMadeNothingFromBeforeTheBoardStarted() {
        var calls = BoardCalls(english: true)
        #expect(calls.calls(in: board(("A", 3, 2, 0))).isEmpty, "what was called before the board started")
        #expect(calls.calls(in: board(("A", 3, 2, 0))).isEmpty)
        let two = calls.calls(in: board(("A", 4, 2, 20), ("K", 1, 15, 10)))
        #expect(two.map(\.number.description) == ["K1", "A4"], "oldest call first: \(two)")
        let again = calls.calls(in: board(("A", 4, 2, 40), ("K", 1, 15, 10)))
        #expect(again.map(\.number.description) == ["A4"], "a recall is a call")
    }

    @Test func theWordsOfACallInBothLanguagesTwice() {
        let call = CalledTicket(number: TicketNumber(prefix: "A", sequence: 15), counter: 3, calledAt: start)
        #expect(BoardCalls.words(call, .vi) == "Mời số a mười lăm đến quầy số ba")
        #expect(BoardCalls.words(call, .en) == "Number A fifteen, please go to counter three")
        let said = BoardCalls(english: true).utterances(call, volume: SpeechLevel(4))
        #expect(said.map(\.language) == [.vi, .en, .vi, .en] && said.allSatisfy { $0.volume == SpeechLevel(4) })
        #expect(BoardCalls(english: false).utterances(call, volume: .standard).map(\.language) == [.vi, .vi])
    }
}
