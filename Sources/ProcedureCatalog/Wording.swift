/// How catalog values read in each language: money, times, channels, levels of online service, counts.
/// Shared by the command line and the kiosk's screens so that both say the same thing.
public enum Wording {
    /// `100.000 đ` in Vietnamese, `100,000 VND` in English.
    public static func money(_ amount: Int, _ language: Language) -> String {
        let digits = String(amount)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped += language == .vi ? "." : "," }
            grouped.append(digit)
        }
        return language == .vi ? "\(grouped) đ" : "\(grouped) VND"
    }

    public static func free(_ language: Language) -> String {
        language == .vi ? "Miễn phí" : "Free"
    }

    /// For a fee whose amount is set case by case or by the provincial schedule.
    public static func varies(_ language: Language) -> String {
        language == .vi ? "Theo mức quy định" : "Amount as regulated"
    }

    /// One fee's amount: "100.000 đ", "2.000 đ/trang", "Miễn phí" or "Theo mức quy định".
    public static func amount(_ fee: Fee, _ language: Language) -> String {
        guard let amount = fee.amount else { return varies(language) }
        if amount == 0 { return free(language) }
        return money(amount, language) + (fee.per.map { "/" + $0[language] } ?? "")
    }

    /// The fees of a channel in short: "Miễn phí", "100.000 đ", "2.000 đ/trang".
    public static func feeSummary(_ fees: [Fee], _ language: Language) -> String {
        let charged = fees.filter { $0.amount != 0 }
        if charged.isEmpty { return free(language) }
        return charged.map { amount($0, language) }.joined(separator: " + ")
    }

    public static func time(_ time: ProcessingTime, _ language: Language) -> String {
        let vi = language == .vi
        let n = time.value
        switch time.unit {
        case .sameDay: return vi ? "Trong ngày" : "Same day"
        case .hours: return vi ? "\(n) giờ" : (n == 1 ? "1 hour" : "\(n) hours")
        case .workingDays: return vi ? "\(n) ngày làm việc" : (n == 1 ? "1 working day" : "\(n) working days")
        case .days: return vi ? "\(n) ngày" : (n == 1 ? "1 day" : "\(n) days")
        case .months: return vi ? "\(n) tháng" : (n == 1 ? "1 month" : "\(n) months")
        }
    }

    public static func channel(_ kind: Channel.Kind, _ language: Language) -> String {
        switch (kind, language) {
        case (.inPerson, .vi): "Trực tiếp"
        case (.inPerson, .en): "In person"
        case (.online, .vi): "Trực tuyến"
        case (.online, .en): "Online"
        case (.post, .vi): "Bưu chính công ích"
        case (.post, .en): "By post"
        }
    }

    public static func onlineLevel(_ level: OnlineService.Level, _ language: Language) -> String {
        switch (level, language) {
        case (.full, .vi): "Dịch vụ công trực tuyến toàn trình"
        case (.full, .en): "Fully online public service"
        case (.partial, .vi): "Dịch vụ công trực tuyến một phần"
        case (.partial, .en): "Partly online public service"
        case (.information, .vi): "Chỉ cung cấp thông tin trực tuyến"
        case (.information, .en): "Information only online"
        }
    }

    public static func kind(_ kind: Procedure.Kind, _ language: Language) -> String {
        switch (kind, language) {
        case (.standard, .vi): "Thủ tục một cơ quan giải quyết"
        case (.standard, .en): "Handled by one agency"
        case (.interlinked, .vi): "Thủ tục liên thông nhiều cơ quan"
        case (.interlinked, .en): "Interlinked across agencies"
        }
    }

    /// "1 bản chính, 2 bản sao" / "1 original, 2 copies".
    public static func counts(originals: Int, copies: Int, _ language: Language) -> String {
        var parts: [String] = []
        if language == .vi {
            if originals > 0 { parts.append("\(originals) bản chính") }
            if copies > 0 { parts.append("\(copies) bản sao") }
            return parts.isEmpty ? "Xuất trình" : parts.joined(separator: ", ")
        }
        if originals > 0 { parts.append(originals == 1 ? "1 original" : "\(originals) originals") }
        if copies > 0 { parts.append(copies == 1 ? "1 copy" : "\(copies) copies") }
        return parts.isEmpty ? "Show only" : parts.joined(separator: ", ")
    }

    /// `2014-11-20` as `20/11/2014` (both languages write dates day first in Vietnam).
    public static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }
}
