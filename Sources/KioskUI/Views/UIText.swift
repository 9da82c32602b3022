import ProcedureCatalog

/// Every text of the kiosk's screens, in both languages. Screens take their words from here only, so no text
/// a citizen sees exists in one language alone.
enum UIText {
    static let welcome = LocalizedText(
        vi: "Xin chào! Quý khách cần tìm thủ tục gì?", en: "Welcome! Which procedure are you looking for?")
    static let searchPlaceholder = LocalizedText(
        vi: "Chạm vào đây hoặc gõ để tìm: khai sinh, ho chieu, 1.001…",
        en: "Touch here or type to search: birth, passport, ho chieu…")
    static let browseByField = LocalizedText(vi: "Tra cứu theo lĩnh vực", en: "Browse by field")
    static let browseByAgency = LocalizedText(vi: "Tra cứu theo cơ quan", en: "Browse by agency")
    static let browseByLevel = LocalizedText(vi: "Tra cứu theo cấp", en: "Browse by level")
    static let featured = LocalizedText(vi: "Thủ tục thường dùng", en: "Most requested")
    /// Above results found without some typed words: "Kết quả cho: hộ chiếu · bỏ qua: làm".
    static let resultsFor = LocalizedText(vi: "Kết quả cho:", en: "Showing results for:")
    static let ignoredWords = LocalizedText(vi: "bỏ qua:", en: "ignored:")
    /// Beside a record the catalog has in Vietnamese only, on the English screens.
    static let inVietnamese = LocalizedText(vi: "(bằng tiếng Việt)", en: "(in Vietnamese)")
    /// In a list, for an entry of the national list whose details are on the portal.
    static let detailsOnPortal = LocalizedText(vi: "Chi tiết trên Cổng DVC quốc gia", en: "Details on the national portal")
    static let fieldTab = LocalizedText(vi: "Lĩnh vực", en: "Field")
    static let agencyTab = LocalizedText(vi: "Cơ quan", en: "Agency")
    static let levelTab = LocalizedText(vi: "Cấp", en: "Level")
    static let back = LocalizedText(vi: "Quay lại", en: "Back")
    static let home = LocalizedText(vi: "Trang chủ", en: "Home")
    /// The language button names the language it switches to, in that language.
    static let otherLanguage = LocalizedText(vi: "English", en: "Tiếng Việt")
    static let otherLanguageShort = LocalizedText(vi: "EN", en: "VI")
    static let browseTitle = LocalizedText(vi: "Tra cứu thủ tục", en: "Browse procedures")
    static let searchTitle = LocalizedText(vi: "Tìm thủ tục", en: "Find a procedure")
    static let procedureTitle = LocalizedText(vi: "Chi tiết thủ tục", en: "Procedure details")
    static let searchHint = LocalizedText(
        vi: "Gõ tên thủ tục, có dấu hay không dấu: khai sinh, ho chieu, 1.001193…",
        en: "Type a procedure's name, diacritics optional: birth, ho chieu, 1.001193…")
    static let noResultTips = LocalizedText(
        vi: "• Gõ ít từ hơn, ví dụ “khai sinh”.\n• Không cần gõ dấu: “ho chieu” cũng được.\n"
            + "• Hoặc tra cứu theo lĩnh vực:",
        en: "• Type fewer words, e.g. “birth”.\n• Diacritics are optional: “ho chieu” works too.\n"
            + "• Or browse by field:")
    static let emptyGroup = LocalizedText(
        vi: "Chưa có thủ tục nào ở mục này.", en: "There are no procedures here yet.")
    static let enlarge = LocalizedText(vi: "Vui lòng phóng to cửa sổ", en: "Please enlarge the window")
    static let hotline = LocalizedText(vi: "Đường dây nóng", en: "Hotline")
    static let website = LocalizedText(vi: "Cổng dịch vụ công", en: "Online services")

    // The guided tour's caption band.
    static let attractInvitation = LocalizedText(vi: "Chạm vào màn hình để bắt đầu tra cứu", en: "Touch the screen to start")

    static func tourStep(_ step: Int, of count: Int, _ language: Language) -> String {
        language == .vi ? "Bước \(step)/\(count) · " : "Step \(step)/\(count) · "
    }

    static func tourControls(auto: Bool, _ language: Language) -> String {
        language == .vi
            ? "Space/→ tiếp · ← lùi · P \(auto ? "dừng" : "tự chạy") · Esc thoát"
            : "Space/→ next · ← back · P \(auto ? "pause" : "play") · Esc leave"
    }

    // About this kiosk.
    static let aboutTitle = LocalizedText(vi: "Giới thiệu", en: "About")
    static let aboutKiosk = LocalizedText(vi: "Về kiosk này", en: "About this kiosk")
    static let aboutPurpose = LocalizedText(
        vi: "Tra cứu thủ tục hành chính: giấy tờ cần chuẩn bị, các bước, thời hạn, lệ phí, nơi nộp; và tình trạng hồ sơ đã nộp theo số hồ sơ.",
        en: "Look up administrative procedures: the documents to bring, the steps, time, fees and where to apply; and the status of a case by its receipt number.")
    static let aboutSoftware = LocalizedText(vi: "Phần mềm", en: "Software")

    static func aboutPrivacy(_ idleSeconds: Int, _ language: Language) -> String {
        language == .vi
            ? "Mọi thứ quý khách nhập được xóa khỏi màn hình sau \(idleSeconds) giây không sử dụng; kiosk không ghi lại họ tên, số căn cước hay số điện thoại."
            : "Everything you type is cleared from the screen after \(idleSeconds) seconds without use; the kiosk records no names, ID numbers or phone numbers."
    }

    static func aboutVersion(_ version: String, procedures: Int, _ language: Language) -> String {
        language == .vi
            ? "Phiên bản \(version) · danh mục \(procedures) thủ tục"
            : "Version \(version) · catalog of \(procedureCount(procedures, language))"
    }

    // Footer labels.
    static let select = LocalizedText(vi: "Chọn", en: "Select")
    static let open = LocalizedText(vi: "Mở", en: "Open")
    static let scroll = LocalizedText(vi: "Cuộn", en: "Scroll")
    static let pageLabel = LocalizedText(vi: "Trang", en: "Page")
    static let nextSection = LocalizedText(vi: "Mục sau", en: "Next section")
    static let switchTab = LocalizedText(vi: "Đổi mục", en: "Switch tab")
    static let erase = LocalizedText(vi: "Xóa chữ", en: "Delete")
    static let typeToSearch = LocalizedText(vi: "Gõ để tìm", en: "Type to search")

    static func stillThere(_ seconds: Int, _ language: Language) -> String {
        language == .vi
            ? "Quý khách còn sử dụng không? Chạm vào màn hình để tiếp tục. Màn hình sẽ được xóa sau \(seconds) giây."
            : "Are you still there? Touch the screen to continue. Everything will be cleared in \(seconds) seconds."
    }

    static func noResults(_ query: String, _ language: Language) -> String {
        language == .vi ? "Không tìm thấy thủ tục nào cho “\(query)”." : "No procedure found for “\(query)”."
    }

    static func procedureCount(_ count: Int, _ language: Language) -> String {
        switch language {
        case .vi: "\(count) thủ tục"
        case .en: count == 1 ? "1 procedure" : "\(count) procedures"
        }
    }

    /// The result count of a search that hit its limit reads "more than".
    static func resultCount(_ count: Int, limited: Bool, _ language: Language) -> String {
        guard limited else { return procedureCount(count, language) }
        return language == .vi ? "Hơn \(count) thủ tục" : "More than \(count) procedures"
    }

    static func pageOf(_ page: Int, _ count: Int, _ language: Language) -> String {
        "\(page)/\(count)"
    }

    static func tab(_ tab: BrowseTab) -> LocalizedText {
        switch tab {
        case .field: fieldTab
        case .agency: agencyTab
        case .level: levelTab
        }
    }
}

// MARK: Continue on a phone

extension UIText {
    static let phoneTitle = LocalizedText(vi: "Tiếp tục trên điện thoại", en: "Continue on your phone")
    /// The footer label (F5) of the procedure and case screens.
    static let phoneKey = LocalizedText(vi: "Mã QR", en: "QR code")
    static let phoneHowTo = LocalizedText(
        vi: "Mở máy ảnh của điện thoại và hướng vào mã.",
        en: "Open your phone's camera and point it at the code.")
    static let phoneTooSmall = LocalizedText(
        vi: "Màn hình này không hiện được mã QR. Địa chỉ:",
        en: "This screen cannot show the QR code. The address:")

    static func phoneOpensOnline(_ host: String) -> LocalizedText {
        LocalizedText(vi: "Mã này mở trang nộp hồ sơ trực tuyến của thủ tục (\(host)).",
                      en: "This code opens the procedure's online application (\(host)).")
    }

    static func phoneOpensPage(_ host: String) -> LocalizedText {
        LocalizedText(vi: "Mã này mở trang của thủ tục trên Cổng Dịch vụ công (\(host)).",
                      en: "This code opens the procedure's page on the public service portal (\(host)).")
    }

    /// What a case's code is for, under the code.
    static func phoneCaseSubject(_ receipt: String) -> LocalizedText {
        LocalizedText(vi: "Hồ sơ \(receipt)", en: "Case \(receipt)")
    }

    static func phoneOpensCase(_ receipt: String, _ host: String) -> LocalizedText {
        LocalizedText(vi: "Mã này mở trang theo dõi hồ sơ \(receipt) tại nhà (\(host)).",
                      en: "This code opens the page to follow case \(receipt) from home (\(host)).")
    }
}
