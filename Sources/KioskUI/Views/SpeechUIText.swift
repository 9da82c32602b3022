import KioskGrid
import ProcedureCatalog

/// What the kiosk says in speech mode besides each screen's own words, in both languages.
enum SpeechUIText {
    /// The key that turns speech on and off everywhere, said when speech starts so that a citizen who cannot
    /// see the screen learns it.
    static let toggleKey = Key.function(9)
    /// The key that says again the screen and the selection.
    static let whereAmIKey = Key.function(10)

    static let turnedOn = LocalizedText(
        vi: "Đã bật đọc màn hình. Nhấn phím F9 để tắt, phím F10 để nghe lại. Mũi tên lên xuống để chọn, phím Enter để mở.",
        en: "Reading the screen aloud. Press F9 to stop it, F10 to hear it again. Up and down arrows to choose, Enter to open.")

    static let documentKeys = LocalizedText(
        vi: "Mũi tên xuống để nghe tiếp từng dòng, phím Tab để sang mục sau", en: "Down arrow for the next line, Tab for the next section")

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
}
