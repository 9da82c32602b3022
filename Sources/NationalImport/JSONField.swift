import Foundation
import ProcedureCatalog

/// One value of a national record as JSONSerialization read it, with its key path, read the way the record's
/// consumers found its types in the wild: a count or an amount may be a number or a string ("70,000", "70.000").
/// Every problem goes to the reader's list with the path; nothing throws.
struct JSONField {
    let value: Any?
    let path: String
    let report: (String, LocalizedText) -> Void

    subscript(_ key: String) -> JSONField {
        let object = value as? [String: Any]
        return JSONField(value: object?[key], path: path.isEmpty ? key : "\(path).\(key)", report: report)
    }

    /// The items of a list (an absent list is empty; a single object stands for a list of one).
    var items: [JSONField] {
        switch value {
        case let list as [Any]:
            return list.enumerated().map { JSONField(value: $0.element, path: "\(path)[\($0.offset)]", report: report) }
        case is [String: Any]:
            return [JSONField(value: value, path: "\(path)[0]", report: report)]
        case nil, is NSNull:
            return []
        default:
            report(path, LocalizedText(vi: "phải là một danh sách", en: "must be a list"))
            return []
        }
    }

    /// Text, trimmed and composed; nil when absent or empty. A number is its digits (codes come both ways).
    var text: String? {
        let raw: String
        switch value {
        case let string as String: raw = string
        case let number as NSNumber:
            raw = number.stringValue
        case nil, is NSNull: return nil
        default:
            report(path, LocalizedText(vi: "phải là chữ", en: "must be text"))
            return nil
        }
        let text = CatalogText.trimmed(CatalogText.normalized(raw))
        if let bad = CatalogText.firstControlCharacter(text) {
            let shown = String(format: "U+%04X", bad)
            report(path, LocalizedText(vi: "có ký tự điều khiển \(shown)", en: "control character \(shown)"))
            return nil
        }
        return text.isEmpty ? nil : text
    }

    func required(_ vi: String, _ en: String) -> String? {
        guard let text else {
            report(path, LocalizedText(vi: "thiếu \(vi)", en: "missing \(en)"))
            return nil
        }
        return text
    }

    /// A whole count (SOBANCHINH "1" or 1); absent is 0.
    var count: Int? {
        guard let text else { return 0 }
        guard let number = Int(text), number >= 0 else {
            report(path, LocalizedText(vi: "“\(text)” không phải số đếm", en: "“\(text)” is not a count"))
            return nil
        }
        return number
    }

    /// An amount in đồng (SOTIEN): a number, or a string grouped by thousands with dots, commas or spaces
    /// ("70,000", "70.000", "70 000"). `.some(nil)` when absent or empty: an amount the record does not give.
    var amount: Int?? {
        switch value {
        case nil, is NSNull:
            return .some(nil)
        case let number as NSNumber:
            let double = number.doubleValue
            guard double >= 0, double == double.rounded(), double < 1e15 else { break }
            return .some(Int(double))
        case let string as String:
            let text = string.replacingOccurrences(of: "đ", with: "").replacingOccurrences(of: "VNĐ", with: "")
                .trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .some(nil) }
            if let value = Fee.dong(text) { return .some(value) }
        default:
            break
        }
        report(path, LocalizedText(vi: "số tiền “\(value.map { "\($0)" } ?? "")” không đọc được",
                                   en: "the amount “\(value.map { "\($0)" } ?? "")” cannot be read"))
        return nil
    }
}
