import KioskGrid
import KioskSpeech
import ProcedureCatalog

/// What the kiosk says in speech mode besides each screen's own words, in both languages, and its keys.
enum SpeechUIText {
    /// The key that turns speech on and off everywhere, said when speech starts so that a citizen who cannot
    /// see the screen learns it. The speech keys are the top row's right end, where a hand finds them by
    /// feeling along the keyboard's edge: F8 to F12, and with Shift for the rate and repeating.
    static let toggleKey = Key.function(9)
    static let whereAmIKey = Key.function(10)

    /// Every speech key and what it does: Shift with a key does its quieter sibling (Shift+F9…F12 reach a
    /// program as F21…F24).
    static let keys: [Key: SpeechCommand] = [
        .function(8): .help,
        toggleKey: .toggle,
        .function(21): .stop,
        whereAmIKey: .whereAmI,
        .function(22): .repeatLast,
        .function(11): .quieter,
        .function(12): .louder,
        .function(23): .slower,
        .function(24): .faster,
    ]

    /// Home's tile.
    static let tileOn = LocalizedText(vi: "Đọc to màn hình (F9)", en: "Read the screen aloud (F9)")
    static let tileOff = LocalizedText(vi: "Thôi đọc to màn hình (F9)", en: "Stop reading aloud (F9)")

    static let turnedOn = LocalizedText(
        vi: "Đã bật đọc màn hình. Phím F9 để tắt, F10 để nghe lại màn hình, F11 và F12 để nhỏ hơn hoặc to hơn, F8 để nghe từng phím làm gì. Mũi tên lên xuống để chọn, phím Enter để mở.",
        en: "Reading the screen aloud. F9 to stop it, F10 to hear the screen again, F11 and F12 for quieter or louder, F8 to hear what each key does. Up and down arrows to choose, Enter to open.")

    static let helpOn = LocalizedText(
        vi: "Chế độ hướng dẫn phím: nhấn một phím để nghe phím đó làm gì. Nhấn F8 lần nữa để thôi.",
        en: "Key help: press a key to hear what it does. Press F8 again to stop.")
    static let helpOff = LocalizedText(vi: "Đã thôi hướng dẫn phím.", en: "Key help off.")

    static func volume(_ level: SpeechLevel, _ language: Language) -> String {
        language == .vi ? "Âm lượng \(level.step) trên \(SpeechLevel.range.upperBound)"
            : "Volume \(level.step) of \(SpeechLevel.range.upperBound)"
    }

    static func rate(_ level: SpeechLevel, _ language: Language) -> String {
        language == .vi ? "Tốc độ đọc \(level.step) trên \(SpeechLevel.range.upperBound)"
            : "Speaking rate \(level.step) of \(SpeechLevel.range.upperBound)"
    }

    static let documentKeys = LocalizedText(
        vi: "Mũi tên xuống để nghe từng đoạn, phím Tab để nghe cả phần sau", en: "Down arrow to hear it a paragraph at a time, Tab for the whole next section")
    static let keypadKeys = LocalizedText(
        vi: "Gõ trên bàn phím, phím Enter để xác nhận, phím xoá lùi để xoá", en: "Type on the keyboard, Enter to confirm, Backspace to erase")

    static func papers(_ count: Int, _ language: Language) -> String {
        language == .vi ? "Cần \(count) loại giấy tờ" : (count == 1 ? "1 document needed" : "\(count) documents needed")
    }

    static func typeToSearch(_ count: Int, _ language: Language) -> String {
        language == .vi ? "Gõ tên thủ tục để tìm. \(count) thủ tục thường dùng"
            : "Type a procedure's name to search. \(count) most requested procedures"
    }

    static func found(_ count: Int, query: String, _ language: Language) -> String {
        switch (language, count) {
        case (.vi, 0): "Không tìm thấy thủ tục nào cho: \(query)"
        case (.vi, _): "Tìm thấy \(count) thủ tục cho: \(query)"
        case (.en, 0): "No procedure found for: \(query)"
        case (.en, _): UIText.procedureCount(count, .en) + " found for: \(query)"
        }
    }

    static func count(_ count: Int, _ language: Language) -> String {
        language == .vi ? "\(count) mục" : (count == 1 ? "1 item" : "\(count) items")
    }

    static func selected(_ title: String, row: Int, of count: Int, _ language: Language) -> String {
        language == .vi ? "Đang chọn mục \(row) trên \(count): \(title)" : "Selected, \(row) of \(count): \(title)"
    }

    /// "Câu 2 trên 6" (written "2/6", which would be heard as a date).
    static func step(_ step: Int, of count: Int, _ language: Language) -> String {
        language == .vi ? "Câu \(step) trên \(count)" : "Question \(step) of \(count)"
    }

    static func choices(_ labels: [String], _ language: Language) -> String {
        (language == .vi ? "Các lựa chọn: " : "Choices: ") + labels.joined(separator: "; ")
    }

    /// A field typed on the keypad: what was typed, spelled (a receipt number), or how many characters of a
    /// secret (a PIN, ID digits) or, on a speaker in the hall, of anything.
    static func typed(_ field: KeypadField, privately: Bool, _ language: Language) -> String {
        if field.isEmpty { return language == .vi ? "Chưa nhập gì" : "Nothing typed yet" }
        guard field.display == .plain, privately else {
            return language == .vi ? "Đã nhập \(field.count) ký tự" : "\(field.count) characters typed"
        }
        return (language == .vi ? "Đã nhập: " : "Typed: ") + SpokenText.spelled(field.text, language)
    }

    static let ticked = LocalizedText(vi: "đã chọn", en: "ticked")
    static let notTicked = LocalizedText(vi: "chưa chọn", en: "not ticked")
    static let endOfText = LocalizedText(vi: "Hết trang", en: "End of the page")
    static let personalHidden = LocalizedText(
        vi: "Thông tin cá nhân chỉ hiện trên màn hình, không đọc to", en: "Personal details are on the screen only, not read aloud")

    // MARK: Help mode

    /// What a key (or, with `key` nil, a touch) would do here: its footer label where it has one, else the
    /// action's words.
    static func describe(_ key: Key?, action: Action?, hints: [Hint], _ language: Language) -> String {
        let name = key.map { keyName($0, language) + ": " } ?? ""
        if let key, let hint = hints.first(where: { if case .keys(let keys) = $0.keys { keys.contains(key) } else { false } }) {
            return name + hint.label[language]
        }
        guard let action, let words = actionWords(action, hints: hints, language) else {
            return name + (language == .vi ? "không dùng ở màn hình này" : "does nothing on this screen")
        }
        return name + words
    }

    /// A key as said: "ép chín", "mũi tên lên", "Shift F9".
    static func keyName(_ key: Key, _ language: Language) -> String {
        let vi = language == .vi
        switch key {
        case .function(let n) where n > 12: return "Shift F\(n - 12)"
        case .function(let n): return "F\(n)"
        case .up: return vi ? "Mũi tên lên" : "Up arrow"
        case .down: return vi ? "Mũi tên xuống" : "Down arrow"
        case .left: return vi ? "Mũi tên trái" : "Left arrow"
        case .right: return vi ? "Mũi tên phải" : "Right arrow"
        case .enter: return "Enter"
        case .escape: return "Escape"
        case .backspace: return vi ? "Phím xoá lùi" : "Backspace"
        case .delete: return vi ? "Phím Delete" : "Delete"
        case .tab: return "Tab"
        case .backTab: return "Shift Tab"
        case .pageUp: return vi ? "Phím trang trước" : "Page up"
        case .pageDown: return vi ? "Phím trang sau" : "Page down"
        case .home: return "Home"
        case .end: return "End"
        case .character(" "): return vi ? "Phím cách" : "Space"
        case .character(let c): return (vi ? "Phím " : "Key ") + SpokenText.spelled(String(c), language)
        case .control(let c): return "Control " + SpokenText.spelled(String(c), language)
        }
    }

    private static func actionWords(_ action: Action, hints: [Hint], _ language: Language) -> String? {
        if let hint = hints.first(where: { $0.action == action }) { return hint.label[language] }
        let vi = language == .vi
        switch action {
        case .back: return UIText.back[language]
        case .home: return UIText.home[language]
        case .toggleLanguage: return UIText.otherLanguage[language]
        case .speech(let command): return commandWords(command, language)
        case .open(let row): return vi ? "Mở mục số \(row + 1)" : "Open item \(row + 1)"
        case .move(let delta): return delta < 0 ? (vi ? "Lên một mục" : "Up one item") : (vi ? "Xuống một mục" : "Down one item")
        case .page(let delta): return delta < 0 ? (vi ? "Trang trước" : "Previous page") : (vi ? "Trang sau" : "Next page")
        case .section(let delta): return delta < 0 ? (vi ? "Phần trước" : "Previous section") : (vi ? "Phần sau" : "Next section")
        case .type: return vi ? "Gõ để tìm thủ tục" : "Type to search"
        case .erase, .keypad(.erase): return vi ? "Xoá chữ cuối" : "Erase the last character"
        case .clearQuery: return vi ? "Xoá hết chữ đã gõ" : "Clear what was typed"
        case .keypad(.ok): return vi ? "Xác nhận" : "Confirm"
        case .keypad(.character(let c)): return (vi ? "Nhập " : "Type ") + SpokenText.spelled(String(c), language)
        case .jump(let text): return (vi ? "Tới mục bắt đầu bằng " : "To the first item beginning with ") + text
        case .show: return vi ? "Mở màn hình khác" : "Opens another screen"
        case .continueOnPhone: return UIText.phoneTitle[language]
        case .payFees: return PaymentUIText.title[language]
        case .takeTicket: return QueueUIText.takeNumberKey[language]
        case .printChecklist: return QueueUIText.printKey[language]
        case .printCaseSlip: return PaymentUIText.printSlip[language]
        case .stillHere, .press: return nil
        }
    }

    static func commandWords(_ command: SpeechCommand, _ language: Language) -> String {
        let vi = language == .vi
        return switch command {
        case .toggle: vi ? "Bật hoặc tắt đọc màn hình" : "Reading aloud on or off"
        case .whereAmI: vi ? "Nghe lại màn hình đang ở" : "Hear the screen again"
        case .repeatLast: vi ? "Nghe lại câu vừa đọc" : "Hear the last words again"
        case .stop: vi ? "Dừng đọc" : "Stop speaking"
        case .help: vi ? "Hướng dẫn phím, bật hoặc tắt" : "Key help on or off"
        case .quieter: vi ? "Nhỏ hơn" : "Quieter"
        case .louder: vi ? "To hơn" : "Louder"
        case .slower: vi ? "Đọc chậm hơn" : "Slower"
        case .faster: vi ? "Đọc nhanh hơn" : "Faster"
        }
    }
}
